package io.tradewind.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code exec_hold}: the local hold of one order. */
@Entity
@Table(name = "exec_hold")
public class HoldEntity {

    @Id
    @Column(name = "client_order_id")
    public String clientOrderId;
    public String venue;
    @Column(name = "wallet_id")
    public String walletId;
    public String asset;
    public BigDecimal amount;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
