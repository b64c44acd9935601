package io.tradewind.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A row of {@code exec_trade_cursor}: where reading a venue account's own trades resumes. */
@Entity
@Table(name = "exec_trade_cursor")
@IdClass(TradeCursorEntity.Key.class)
public class TradeCursorEntity {

    @Id
    public String venue;
    @Id
    @Column(name = "wallet_id")
    public String walletId;
    @Column(name = "cursor_value")
    public String cursor;

    /** The composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public String venue;
        public String walletId;

        public Key() {
        }

        public Key(String venue, String walletId) {
            this.venue = venue;
            this.walletId = walletId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(venue, key.venue) && Objects.equals(walletId, key.walletId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(venue, walletId);
        }
    }
}
