package fi.asiointipiste.arrival.entity;

/** What a device token opens: the check-in terminal or the waiting-room display. */
public enum DeviceKind {
    TERMINAL("/arrival/terminal.xhtml"),
    DISPLAY("/arrival/display.xhtml");

    private final String page;

    DeviceKind(String page) {
        this.page = page;
    }

    /** The page that a device of this kind opens (its token goes in the address). */
    public String page() {
        return page;
    }
}
