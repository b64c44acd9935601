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

/** A row of {@code exec_fill}; the primary key (venue, trade id) makes a fill unique. */
@Entity
@Table(name = "exec_fill")
@IdClass(FillEntity.Key.class)
public class FillEntity {

    @Id
    public String venue;
    @Id
    @Column(name = "trade_id")
    public String tradeId;
    @Column(name = "client_order_id")
    public String clientOrderId;
    @Column(name = "strategy_instance")
    public String strategyInstance;
    @Column(name = "wallet_id")
    public String walletId;
    public String symbol;
    public String side;
    public BigDecimal price;
    public BigDecimal quantity;
    public BigDecimal fee;
    @Column(name = "fee_asset")
    public String feeAsset;
    @Column(name = "executed_at")
    public Instant executedAt;

    /** The composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public String venue;
        public String tradeId;

        public Key() {
        }

        public Key(String venue, String tradeId) {
            this.venue = venue;
            this.tradeId = tradeId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(venue, key.venue) && Objects.equals(tradeId, key.tradeId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(venue, tradeId);
        }
    }
}
