package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileSyntaxTest {

    /** The start stopped with exit code 1 and nothing on standard error. */
    @Test
    void aBrokenUnicodeEscapeIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("app.properties"),
                "# a comment\\u00zz is still read\ntradewind.service.max-failures=5\ntradewind.service.back-off=2\\u00G0s\n");

        assertEquals(file + " line 3: Malformed \\uxxxx encoding. (a backslash-u must be followed by four hex digits,"
                + " as in \\u00e9; write \\\\ for a backslash)", ConfigFileSyntax.problem(file));
    }

    /** The last value won with one warning, and the store kept the instrument it made (audit, 2026-12-06). */
    @Test
    void aKeyGivenTwiceIsNamedWithBothLines(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("app.properties"), "tradewind.paper.instruments.BTC-IRR.tick=1000\n"
                + "tradewind.paper.instruments.BTC-IRR.step=0.0001\n# later\n  tradewind.paper.instruments.BTC-IRR.tick = 10\n");

        assertEquals(file + " lines 1 and 4: tradewind.paper.instruments.BTC-IRR.tick is given more than once, and only the"
                + " last would count: keep one", ConfigFileSyntax.problem(file));
    }

    /** A line that goes on the one before is not where a key is given (review). */
    @Test
    void aContinuationLineIsNotCountedAsGivingTheKey(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("app.properties"), "p=1\\\n  p=2\np=3\n");

        assertEquals(file + " lines 1 and 3: p is given more than once, and only the last would count: keep one",
                ConfigFileSyntax.problem(file));
    }

    /** Exit code 1: "key can't be empty". */
    @Test
    void aValueWithoutAKeyIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("app.properties"), "a=1\n\n=foo\n");

        assertEquals(file + " line 3: a value without a key; write KEY=VALUE, or start the line with # to keep it as a"
                + " comment", ConfigFileSyntax.problem(file));
    }

    /** A key with an empty value: a setting with a default kept it silently, any other line was ignored. */
    @Test
    void aKeyAloneIsNamedWithItsLineWhileAnEmptyValueGivenSoReads(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("app.properties"), "a=1\n# slippage\ntradewind.paper.slippage\n");
        Path empty = Files.writeString(dir.resolve("empty.properties"), "a=\nb:\nc  x\nd\\=e=1\nf\\\n  =2\n");

        assertEquals(file + " line 3: tradewind.paper.slippage has no value and no '=': write tradewind.paper.slippage=VALUE"
                + " (tradewind.paper.slippage= for an empty value), or start the line with # to keep it as a comment",
                ConfigFileSyntax.loneKey(file));
        assertNull(ConfigFileSyntax.problem(file), "the format reads it: a tool warns, only serve refuses it");
        assertNull(ConfigFileSyntax.loneKey(empty));
    }

    /** The first key was then reported missing. */
    @Test
    void aByteOrderMarkIsNamed(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("app.properties"), "\uFEFFa=1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertEquals(file + " line 1: the file starts with a byte order mark (U+FEFF), which would become part of the first"
                + " key; save it as UTF-8 without one (e.g. sed -i '1s/^\\xEF\\xBB\\xBF//' " + file + ")",
                ConfigFileSyntax.problem(file));
    }

    /** serve stopped on "ÿþt has no value", other commands went on with the default data directory. */
    @Test
    void aUtf16FileIsNamedAsSuch(@TempDir Path dir) throws Exception {
        String settings = "tradewind.data-dir=/srv/tradewind\r\n";
        Path marked = Files.write(dir.resolve("marked.properties"), ("\uFEFF" + settings)
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        Path bigEndian = Files.write(dir.resolve("big.properties"), settings.getBytes(java.nio.charset.StandardCharsets.UTF_16));
        Path unmarked = Files.write(dir.resolve("unmarked.properties"), ("a=1\n" + settings)
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

        for (Path file : java.util.List.of(marked, bigEndian)) {
            assertEquals(file + " line 1: the file is UTF-16 text (it starts with a UTF-16 byte order mark, as Windows"
                    + " PowerShell's > writes it), which is read as other characters; save it as UTF-8 (e.g. iconv -f UTF-16"
                    + " -t UTF-8 " + file + ")", ConfigFileSyntax.problem(file));
        }
        assertEquals(unmarked + " line 1: holds a NUL byte, as UTF-16 text does; save the file as UTF-8 (e.g. iconv -f"
                + " UTF-16 -t UTF-8 " + unmarked + ")", ConfigFileSyntax.problem(unmarked));
    }

    @Test
    void aFileThatReadsHasNoProblemWhateverItsEncoding(@TempDir Path dir) throws Exception {
        Path fine = Files.writeString(dir.resolve("fine.properties"), "a=\\u00e9\\\\u\nb=c \\\n  d\nc=ø\n");
        Path latin1 = Files.write(dir.resolve("latin1.properties"), new byte[] {'a', '=', (byte) 0xe9});

        assertNull(ConfigFileSyntax.problem(fine));
        assertNull(ConfigFileSyntax.problem(latin1));
    }
}
