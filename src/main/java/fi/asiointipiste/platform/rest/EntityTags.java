package fi.asiointipiste.platform.rest;

import jakarta.ws.rs.core.EntityTag;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * ETags and {@code If-Match} for the API's editable resources. A resource's ETag is its version, {@code "7"} (strong):
 * every change raises the version, so an edit that names an older one is stale. {@code PATCH} and {@code PUT} must
 * name the version they change ({@code If-Match}): without it 428, with a stale one 412 (the facade finds the version
 * changed and {@link RefusedRequests} answers 412). {@code If-Match: *} means "whatever the version is now".
 */
public final class EntityTags {

    private EntityTags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an {@code If-Match} header names; empty for none. {@code *} gives the current version; a weak tag
     * or one that is not a version never matches (412), a list names the first version in it.
     */
    public static OptionalLong ifMatch(String header, LongSupplier current) {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        for (String tag : header.split(",")) {
            String t = tag.strip();
            if (t.equals("*")) {
                return OptionalLong.of(current.getAsLong());
            }
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                try {
                    return OptionalLong.of(Long.parseLong(t.substring(1, t.length() - 1)));
                } catch (NumberFormatException notOurs) {
                    // a tag we never gave out: matches nothing
                }
            }
        }
        return OptionalLong.of(-1);
    }

    /** The version {@code If-Match} names, required (428 problem without it). */
    public static long required(String header, LongSupplier current) {
        OptionalLong version = ifMatch(header, current);
        if (version.isEmpty()) {
            throw new InvalidRequest(428, "api.precondition.required", Map.of("header", "If-Match"));
        }
        return version.getAsLong();
    }

    /** The version {@code If-Match} names, or the current one when the caller sent none (actions that are POSTs). */
    public static long optional(String header, LongSupplier current) {
        return ifMatch(header, current).orElseGet(current);
    }
}
