package io.tradewind.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A row of {@code exec_balance}: the last known venue balance of one asset of one account. */
@Entity
@Table(name = "exec_balance")
@IdClass(BalanceEntity.Key.class)
public class BalanceEntity {

    @Id
    public String venue;
    @Id
    @Column(name = "wallet_id")
    public String walletId;
    @Id
    public String asset;
    public BigDecimal available;
    public BigDecimal held;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public String venue;
        public String walletId;
        public String asset;

        public Key() {
        }

        public Key(String venue, String walletId, String asset) {
            this.venue = venue;
            this.walletId = walletId;
            this.asset = asset;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(venue, key.venue)
                    && Objects.equals(walletId, key.walletId) && Objects.equals(asset, key.asset);
        }

        @Override
        public int hashCode() {
            return Objects.hash(venue, walletId, asset);
        }
    }
}
