package io.tradewind.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A row of {@code exec_position}: the position of one strategy instance in one instrument of a venue. */
@Entity
@Table(name = "exec_position")
@IdClass(PositionEntity.Key.class)
public class PositionEntity {

    @Id
    public String venue;
    @Id
    @Column(name = "strategy_instance")
    public String strategyInstance;
    @Id
    public String symbol;
    public BigDecimal quantity;
    public BigDecimal cost;
    @Column(name = "realised_pnl")
    public BigDecimal realisedPnl;
    @Column(name = "realised_day")
    public LocalDate realisedDay;
    @Column(name = "realised_on_day")
    public BigDecimal realisedOnDay;

    /** The composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public String venue;
        public String strategyInstance;
        public String symbol;

        public Key() {
        }

        public Key(String venue, String strategyInstance, String symbol) {
            this.venue = venue;
            this.strategyInstance = strategyInstance;
            this.symbol = symbol;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(venue, key.venue)
                    && Objects.equals(strategyInstance, key.strategyInstance) && Objects.equals(symbol, key.symbol);
        }

        @Override
        public int hashCode() {
            return Objects.hash(venue, strategyInstance, symbol);
        }
    }
}
