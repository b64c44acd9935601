package io.tradewind.service.udf;

import static io.tradewind.service.udf.DocumentedShapes.assertSameShape;
import static io.tradewind.service.udf.DocumentedShapes.example;
import static io.tradewind.service.udf.DocumentedShapes.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewind.marketdata.Candle;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class HistoryAnswerTest {

    private static final Candle RIAL = new Candle(Instant.ofEpochSecond(1_386_493_500L), new BigDecimal("123456789012345.12345678"),
            new BigDecimal("123456789012346.00000000"), new BigDecimal("123456789012344.5"), new BigDecimal("123456789012345.9"),
            new BigDecimal("0.00000001"), new BigDecimal("1234567.89012345"));

    @Test
    void bars_have_the_documented_shape_with_prices_as_exact_json_numbers() {
        String json = new HistoryAnswer(List.of(RIAL), OptionalLong.empty()).toJson();
        JsonNode answer = parse(json);

        assertSameShape(example("history-ok.json"), answer);
        assertEquals("ok", answer.get("s").asText());
        assertEquals(1_386_493_500L, answer.get("t").get(0).asLong());
        assertEquals(new BigDecimal("123456789012345.12345678"), answer.get("o").get(0).decimalValue());
        assertEquals(new BigDecimal("123456789012346"), answer.get("h").get(0).decimalValue());
        assertEquals(new BigDecimal("123456789012344.5"), answer.get("l").get(0).decimalValue());
        assertEquals(new BigDecimal("0.00000001"), answer.get("v").get(0).decimalValue());
        assertTrue(json.contains("\"o\":[123456789012345.12345678]"), json); // written as is, no exponent, no rounding
    }

    @Test
    void nothing_in_range_answers_no_data_with_the_newest_older_bar_or_without_when_there_is_none() {
        JsonNode older = parse(new HistoryAnswer(List.of(), OptionalLong.of(1_386_493_512L)).toJson());
        assertSameShape(example("history-no-data.json"), older);
        assertEquals(1_386_493_512L, older.get("nextTime").asLong());

        assertEquals("{\"s\":\"no_data\"}", new HistoryAnswer(List.of(), OptionalLong.empty()).toJson());
    }

    @Test
    void a_range_without_bars_looks_for_the_newest_older_bar_but_countback_does_not() {
        CandleSource oneCandle = new CandleSource() {
            @Override
            public void read(long from, long to, Consumer<Candle> sink) {
                long t = RIAL.openTime().getEpochSecond();
                if (t >= from && t < to) {
                    sink.accept(RIAL);
                }
            }

            @Override
            public OptionalLong firstOpenTime() {
                return OptionalLong.of(RIAL.openTime().getEpochSecond());
            }
        };
        BarHistory history = new BarHistory(oneCandle, ChartResolution.MINUTE);
        long after = RIAL.openTime().getEpochSecond() + 3_600;

        assertEquals(OptionalLong.of(1_386_493_500L), HistoryAnswer.of(history, after, after + 60, OptionalLong.empty()).nextTime());
        assertEquals(List.of(RIAL), HistoryAnswer.of(history, 0, after, OptionalLong.empty()).bars());
        assertEquals(List.of(RIAL), HistoryAnswer.of(history, after, after + 60, OptionalLong.of(5)).bars());
        assertEquals("{\"s\":\"no_data\"}", HistoryAnswer.of(history, 0, 1_000, OptionalLong.empty()).toJson());
        assertEquals("{\"s\":\"no_data\"}", HistoryAnswer.of(history, 0, 1_000, OptionalLong.of(5)).toJson());
    }
}
