package io.tradewind.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of the append-only {@code exec_order_event} journal. Ids come from a sequence in blocks
 * of 50, so inserts can be batched (identity columns would force one round trip per row).
 */
@Entity
@Table(name = "exec_order_event")
public class OrderEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exec_order_event_seq")
    @SequenceGenerator(name = "exec_order_event_seq", sequenceName = "exec_order_event_seq", allocationSize = 50)
    public Long id;
    @Column(name = "client_order_id")
    public String clientOrderId;
    @Column(name = "event_type")
    public String type;
    @Column(name = "from_status")
    public String fromStatus;
    @Column(name = "to_status")
    public String toStatus;
    public String detail;
    @Column(name = "created_at")
    public Instant createdAt;
}
