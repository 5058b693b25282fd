package fi.asiointipiste.routing.engine.cli;

import java.io.IOException;
import java.io.Writer;

/** Minimal RFC 4180 writer: quotes a field only when it contains a comma, quote or line break. */
final class CsvWriter {
    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        boolean needs = false;
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    void raw(String s) throws IOException {
        out.write(s);
    }

    void raw(char[] chars, int start, int length) throws IOException {
        boolean needs = false;
        for (int i = start; i < start + length && !needs; i++) {
            char c = chars[i];
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (needs) {
            out.write(quote(new String(chars, start, length)));
        } else {
            out.write(chars, start, length);
        }
    }

    void field(String s) throws IOException {
        out.write(quote(s));
    }

    void comma() throws IOException {
        out.write(',');
    }

    void endRecord() throws IOException {
        out.write('\n');
    }
}
