package fi.asiointipiste.routing.engine.feel;

/** A cell that is not valid S-FEEL: says what was expected, where (0-based character position) and what was found. */
public class FeelSyntaxException extends RuntimeException {
    private final String expected;
    private final int position;
    private final String found;

    public FeelSyntaxException(String expected, int position, String found) {
        super("expected " + expected + " at position " + position + " but found " + found);
        this.expected = expected;
        this.position = position;
        this.found = found;
    }

    public String expected() {
        return expected;
    }

    public int position() {
        return position;
    }

    public String found() {
        return found;
    }
}
