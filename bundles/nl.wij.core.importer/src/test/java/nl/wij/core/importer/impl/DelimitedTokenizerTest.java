package nl.wij.core.importer.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DelimitedTokenizerTest {

    @Test
    void quotedFieldsWithDoubledQuotesSeparatorsAndLineBreaks() throws Exception {
        List<Record> records = read("a;b;c\n\"x \"\"y\"\"\";\"1;2\";\"een\r\ntwee\"\r\nlaatste;;  \n");
        assertEquals(List.of("a", "b", "c"), records.get(0).fields);
        assertEquals(List.of("x \"y\"", "1;2", "een\ntwee"), records.get(1).fields);
        assertEquals(2, records.get(1).line);
        assertEquals(List.of("laatste", "", ""), records.get(2).fields);
        assertEquals(4, records.get(2).line, "the embedded line break counts as a physical line");
    }

    @Test
    void paddingIsTrimmedQuotedOrNot() throws Exception {
        List<Record> records = read("a;b\n   x   ;\"  y  \"  \n");
        assertEquals(List.of("x", "y"), records.get(1).fields);
    }

    @Test
    void crOnlyLineEndingsAndNoFinalLineBreak() throws Exception {
        List<Record> records = read("a;b\rc;d\re;f");
        assertEquals(3, records.size());
        assertEquals(List.of("e", "f"), records.get(2).fields);
        assertEquals(3, records.get(2).line);
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKept() throws Exception {
        assertEquals(List.of("5\" scherm", "x"), read("a;b\n5\" scherm;x\n").get(1).fields);
    }

    @Test
    void separatorChosenFromTheHeaderOutsideQuotes() throws Exception {
        assertEquals(',', new DelimitedTokenizer(new StringReader("\"a;b;c\",d,e\n1,2,3")).detectSeparator());
        assertEquals(';', new DelimitedTokenizer(new StringReader("a;b,c;d\n")).detectSeparator());
        assertEquals('\t', new DelimitedTokenizer(new StringReader("a\tb\tc\n")).detectSeparator());
        assertEquals(';', new DelimitedTokenizer(new StringReader("a;b\tc,d\n")).detectSeparator(), "tie: ; first");
        FatalProblem none = assertThrows(FatalProblem.class,
                () -> new DelimitedTokenizer(new StringReader("alleen een kolom\n1\n")).detectSeparator());
        assertTrue(none.getMessage().contains("scheidingsteken"));
    }

    @Test
    void textAfterAClosingQuoteStopsReading() {
        FatalProblem e = assertThrows(FatalProblem.class, () -> read("a;b;c\n1;\"ab\"cd;3\n"));
        assertEquals(2, e.line());
        assertEquals(1, e.fieldIndex());
    }

    @Test
    void anUnclosedQuoteAtTheEndAndAQuoteRunningOverTooManyLines() {
        FatalProblem cut = assertThrows(FatalProblem.class, () -> read("a;b\n1;2\n3;\"vier"));
        assertEquals(3, cut.line());
        assertTrue(cut.getMessage().contains("afgekapt"));

        StringBuilder text = new StringBuilder("a;b\n1;\"open\n");
        for (int i = 0; i < DelimitedTokenizer.MAX_LINES_IN_FIELD + 5; i++) {
            text.append("x;y\n");
        }
        FatalProblem runaway = assertThrows(FatalProblem.class, () -> read(text.toString()));
        assertEquals(2, runaway.line());
        assertTrue(runaway.getMessage().contains("meer dan 100 regels"), runaway.getMessage());
    }

    @Test
    void aNulCharacterIsNoText() {
        assertThrows(FatalProblem.class, () -> read("a;b\n1;\u00002\n"));
    }

    @Test
    void recordsLongerThanTheBuffer() throws Exception {
        String longValue = "x".repeat(200_000);
        List<Record> records = read("a;b\n" + longValue + ";\"" + longValue + "\"\n1;2\n");
        assertEquals(List.of(longValue, longValue), records.get(1).fields);
        assertEquals(List.of("1", "2"), records.get(2).fields);
    }

    @Test
    void emptyInput() throws Exception {
        DelimitedTokenizer tokens = new DelimitedTokenizer(new StringReader(""));
        assertFalse(tokens.next());
    }

    private record Record(long line, List<String> fields) {
    }

    private static List<Record> read(String text) throws Exception {
        DelimitedTokenizer tokens = new DelimitedTokenizer(new StringReader(text));
        tokens.detectSeparator();
        List<Record> records = new ArrayList<>();
        while (tokens.next()) {
            records.add(new Record(tokens.recordLine(), List.copyOf(tokens.fields())));
        }
        return records;
    }
}
