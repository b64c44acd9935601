package io.tradewind.exchange.nobitex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Nobitex's request and answer bodies as its documentation shows them. Decimals are
 * {@link BigDecimal} whether the venue sends them as strings ({@code "0E-10"}) or numbers; unknown
 * fields are ignored. None of these leaves the package: the adapters turn them into domain types.
 * Registered for reflection so that a native image can read and write them.
 */
@RegisterForReflection(targets = {NobitexDtos.LoginRequest.class, NobitexDtos.LoginAnswer.class,
    NobitexDtos.OrderBook.class, NobitexDtos.PublicTrades.class, NobitexDtos.PublicTradeEntry.class,
    NobitexDtos.UdfHistory.class, NobitexDtos.Options.class, NobitexDtos.OptionsNobitex.class,
    NobitexDtos.PlaceOrder.class, NobitexDtos.OrderLookup.class, NobitexDtos.UpdateStatus.class,
    NobitexDtos.Order.class, NobitexDtos.OrderAnswer.class, NobitexDtos.OrderList.class, NobitexDtos.Wallets.class,
    NobitexDtos.Wallet.class, NobitexDtos.OwnTrades.class, NobitexDtos.OwnTrade.class})
final class NobitexDtos {

    private NobitexDtos() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LoginRequest(String username, String password, String captcha, String remember) {
        /** Never prints the password. */
        @Override
        public String toString() {
            return "LoginRequest[remember=" + remember + "]";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LoginAnswer(String status, String key, String device) {
        @Override
        public String toString() {
            return "LoginAnswer[status=" + status + "]";
        }
    }

    /** {@code GET /v3/orderbook/{SYMBOL}}: levels as {@code ["price","quantity"]}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrderBook(String status, Long lastUpdate, BigDecimal lastTradePrice, List<List<BigDecimal>> asks,
            List<List<BigDecimal>> bids) {
    }

    /** {@code GET /v2/trades/{SYMBOL}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PublicTrades(String status, List<PublicTradeEntry> trades) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PublicTradeEntry(long time, BigDecimal price, BigDecimal volume, String type) {
    }

    /** {@code GET /market/udf/history}: parallel arrays, times in seconds. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UdfHistory(String s, String errmsg, List<Long> t, List<BigDecimal> o, List<BigDecimal> h,
            List<BigDecimal> l, List<BigDecimal> c, List<BigDecimal> v) {
    }

    /** {@code GET /v2/options}: the system settings; only the market grid is read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Options(String status, OptionsNobitex nobitex) {
    }

    /**
     * Per market ({@code BTCIRT}) the amount and price precision as a step ({@code "0.000001"},
     * {@code "10"}); per quote currency ({@code rls}, {@code usdt}) the minimum order value.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OptionsNobitex(Map<String, BigDecimal> amountPrecisions, Map<String, BigDecimal> pricePrecisions,
            Map<String, BigDecimal> minOrders) {
    }

    /** {@code POST /market/orders/add}. Amounts travel as plain decimal strings. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PlaceOrder(String type, String execution, String srcCurrency, String dstCurrency, String amount,
            String price, String stopPrice, String clientOrderId) {
    }

    /** {@code POST /market/orders/status}: by id or by client order id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OrderLookup(Long id, String clientOrderId) {
    }

    /** {@code POST /market/orders/update-status}: by Nobitex id ({@code order}) or by client order id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UpdateStatus(Long order, String clientOrderId, String status) {
    }

    /**
     * One order as add, status, list and update-status answer it (the seed's shape plus the fields
     * added since). {@code price} is text: a market order's is {@code "market"}; {@code param1} is
     * the stop price.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Order(Long id, String clientOrderId, String type, String execution, String market, String srcCurrency,
            String dstCurrency, String price, BigDecimal amount, BigDecimal matchedAmount,
            BigDecimal unmatchedAmount, BigDecimal stopPrice, BigDecimal param1, String status, BigDecimal fee,
            @JsonProperty("created_at") String createdAt) {
    }

    /** The answer of add, status and (since 2025) update-status. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrderAnswer(String status, Order order) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrderList(String status, List<Order> orders) {
    }

    /** {@code GET /users/wallets/list}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Wallets(String status, List<Wallet> wallets) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Wallet(Long id, String currency, BigDecimal balance, BigDecimal blockedBalance, BigDecimal activeBalance) {
    }

    /** {@code GET /market/trades/list}: the user's own trades. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OwnTrades(String status, List<OwnTrade> trades, Boolean hasNext) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OwnTrade(Long id, Long orderId, String market, String srcCurrency, String dstCurrency, String type,
            BigDecimal price, BigDecimal amount, BigDecimal total, BigDecimal fee, String feeCurrency,
            String timestamp) {
    }
}
