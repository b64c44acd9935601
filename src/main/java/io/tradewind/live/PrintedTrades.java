package io.tradewind.live;

import io.tradewind.exchange.PublicTrade;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a venue's recent public trades of one symbol are news: a venue answers with its last
 * trades, so consecutive answers overlap, and several instances on the symbol fetch the same ones.
 * The first look only marks where the news starts: what printed before the paper venue watched
 * filled none of its orders. Trades are told apart by time and then by content (id, price,
 * quantity, side), so two identical prints in the same instant without ids count once.
 */
final class PrintedTrades {

    private Instant watermark;
    private final Set<PublicTrade> atWatermark = new HashSet<>();

    /**
     * The trades of {@code recent} not seen before, oldest first, leaving out those that printed
     * before {@code notBefore}: a trade older than a decision cannot fill what the decision placed.
     */
    List<PublicTrade> news(List<PublicTrade> recent, Instant now, Instant notBefore) {
        List<PublicTrade> sorted = new ArrayList<>(recent);
        sorted.sort(Comparator.comparing(PublicTrade::time));
        if (watermark == null) {
            watermark = sorted.isEmpty() ? now : sorted.get(sorted.size() - 1).time();
            sorted.stream().filter(trade -> trade.time().equals(watermark)).forEach(atWatermark::add);
            return List.of();
        }
        List<PublicTrade> news = new ArrayList<>();
        for (PublicTrade trade : sorted) {
            if (trade.time().isBefore(watermark) || trade.time().equals(watermark) && !atWatermark.add(trade)) {
                continue;
            }
            if (trade.time().isAfter(watermark)) {
                watermark = trade.time();
                atWatermark.clear();
                atWatermark.add(trade);
            }
            if (!trade.time().isBefore(notBefore)) {
                news.add(trade);
            }
        }
        return news;
    }
}
