package fi.asiointipiste.platform.web;

import fi.asiointipiste.platform.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputTextRenderer;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/**
 * PrimeFaces' text inputs with two rules for every field of every page (registered in faces-config.xml in place of
 * PrimeFaces' own renderers):
 * <ul>
 *     <li>A value longer than the field's {@code maxlength} is <b>refused with a message</b>. PrimeFaces cuts it to
 *     the maximum without a word (a 10,000-character closing note was saved as its first 2,000 characters); a browser
 *     never sends more than {@code maxlength}, so only a forged or scripted request meets this.</li>
 *     <li>A value with a NUL character is refused with a message: PostgreSQL cannot store one (the request ended in a
 *     server error), and no text typed by a person contains one.</li>
 * </ul>
 * The field is then invalid, so nothing of the form reaches its bean, and the page shows the message. What a text
 * may otherwise contain is the business of the facades ({@code platform.text.HumanText}).
 */
public final class TextInputs {

    private TextInputs() {}

    /** Replaces {@code org.primefaces.component.InputTextRenderer}. */
    public static class Text extends InputTextRenderer {
        @Override
        public void decode(FacesContext context, UIComponent component) {
            super.decode(context, component);
            check(context, component, false);
        }
    }

    /** Replaces {@code org.primefaces.component.InputTextareaRenderer}. */
    public static class Textarea extends InputTextareaRenderer {
        @Override
        public void decode(FacesContext context, UIComponent component) {
            super.decode(context, component);
            check(context, component, true);
        }
    }

    static void check(FacesContext context, UIComponent component, boolean multiLine) {
        if (!(component instanceof EditableValueHolder input) || input.getSubmittedValue() == null) {
            return; // disabled, read-only or not submitted: PrimeFaces took nothing from the request
        }
        String clientId = component.getClientId(context);
        String raw = context.getExternalContext().getRequestParameterMap().get(clientId);
        Object max = component.getAttributes().get("maxlength");
        String problem = problemOf(raw, max instanceof Integer m ? m : Integer.MIN_VALUE, multiLine);
        if (problem == null) {
            return;
        }
        input.setValid(false);
        Object label = component.getAttributes().get("label");
        String field = label == null ? Messages.text(locale(context), "text.field") : label.toString();
        String text = problem.equals("text.tooLong")
                ? Messages.text(locale(context), problem, field, max)
                : Messages.text(locale(context), problem, field);
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /**
     * The refusal key for a submitted value, or null when it may pass. A browser counts a line break of a text area as
     * one character but sends two (CR LF); the limit counts it as the browser does.
     */
    static String problemOf(String raw, int maxlength, boolean multiLine) {
        if (raw == null) {
            return null;
        }
        if (raw.indexOf('\0') >= 0) {
            return "text.controlCharacters";
        }
        int length = multiLine ? raw.replace("\r\n", "\n").length() : raw.length();
        return maxlength > 0 && length > maxlength ? "text.tooLong" : null;
    }

    private static java.util.Locale locale(FacesContext context) {
        return context.getViewRoot() == null
                ? java.util.Locale.forLanguageTag("fi")
                : context.getViewRoot().getLocale();
    }
}
