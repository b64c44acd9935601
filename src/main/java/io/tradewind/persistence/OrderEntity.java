package io.tradewind.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code exec_order}; enums are stored by their Orders API wire names. */
@Entity
@Table(name = "exec_order")
public class OrderEntity {

    @Id
    @Column(name = "client_order_id")
    public String clientOrderId;
    public String venue;
    @Column(name = "venue_order_id")
    public String venueOrderId;
    @Column(name = "strategy_instance")
    public String strategyInstance;
    public String reason;
    @Column(name = "user_id")
    public String userId;
    @Column(name = "wallet_id")
    public String walletId;
    public String symbol;
    public String side;
    @Column(name = "order_type")
    public String type;
    public BigDecimal price;
    public BigDecimal quantity;
    public BigDecimal filled;
    @Column(name = "time_in_force")
    public String timeInForce;
    public String status;
    @Column(name = "stop_price")
    public BigDecimal stopPrice;
    @Column(name = "expire_at")
    public Instant expireAt;
    @Column(name = "rejection_reasons")
    public String rejectionReasons;
    @Column(name = "broker_id")
    public String brokerId;
    @Column(name = "session_id")
    public String sessionId;
    @Column(name = "hold_id")
    public String holdId;
    @Column(name = "cancel_requested")
    public boolean cancelRequested;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
