package fi.asiointipiste.routing.engine.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Streaming RFC 4180 reader. Each {@link #next()} assembles one record, unquoted, into a reusable char buffer and
 * records where each field starts and ends, so reading does not allocate per field. Quoted fields may contain
 * commas, doubled quotes and line breaks; both LF and CRLF end records; blank lines are skipped.
 */
final class CsvReader {
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private char[] record = new char[256];
    private int recordLength;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int fields;
    private long line;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** Reads the next non-blank record; false at end of input. */
    boolean next() throws IOException {
        while (true) {
            int c = read();
            if (c < 0) {
                return false;
            }
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r') {
                continue;
            }
            line++;
            parseRecord(c);
            return true;
        }
    }

    private void parseRecord(int first) throws IOException {
        fields = 0;
        recordLength = 0;
        int c = first;
        while (true) {
            startField();
            if (c == '"') {
                c = quoted();
            } else {
                while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                    append((char) c);
                    c = read();
                }
            }
            endField();
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r') {
                c = read();
                if (c != '\n' && c >= 0) {
                    pos--;
                }
            }
            return;
        }
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int quoted() throws IOException {
        while (true) {
            int c = read();
            if (c < 0) {
                return c;
            }
            if (c == '"') {
                int d = read();
                if (d != '"') {
                    // Lenient: characters between a closing quote and the delimiter are kept.
                    while (d >= 0 && d != ',' && d != '\n' && d != '\r') {
                        append((char) d);
                        d = read();
                    }
                    return d;
                }
            } else if (c == '\n') {
                line++;
            }
            append((char) c);
        }
    }

    private int read() throws IOException {
        if (pos == limit) {
            limit = in.read(buf, 0, buf.length);
            pos = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    private void append(char c) {
        if (recordLength == record.length) {
            record = java.util.Arrays.copyOf(record, record.length * 2);
        }
        record[recordLength++] = c;
    }

    private void startField() {
        if (fields == starts.length) {
            starts = java.util.Arrays.copyOf(starts, fields * 2);
            ends = java.util.Arrays.copyOf(ends, fields * 2);
        }
        starts[fields] = recordLength;
    }

    private void endField() {
        ends[fields++] = recordLength;
    }

    int fieldCount() {
        return fields;
    }

    char[] chars() {
        return record;
    }

    int start(int field) {
        return starts[field];
    }

    int length(int field) {
        return ends[field] - starts[field];
    }

    String field(int field) {
        return new String(record, starts[field], length(field));
    }

    /** Line number (1-based) where the current record ended. */
    long line() {
        return line;
    }
}
