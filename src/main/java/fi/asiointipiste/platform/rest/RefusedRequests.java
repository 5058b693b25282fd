package fi.asiointipiste.platform.rest;

import fi.asiointipiste.platform.errors.Causes;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.persistence.DatabaseUnavailable;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Requests the domain refused, as problem documents ({@link Problem}) with the refusal's stable code, its translated
 * text as {@code detail} and its itemised {@code problems}. Nothing was changed when these are returned. A stale edit
 * ({@link OptimisticLockException}) is 412 when the caller named the version it saw ({@code If-Match}), else 409.
 */
@Provider
public class RefusedRequests extends ProblemMapper implements ExceptionMapper<RuntimeException> {

    @Override
    public Response toResponse(RuntimeException failure) {
        if (failure instanceof WebApplicationException web) {
            return new HttpErrors().answer(web, this);
        }
        Throwable cause = Causes.firstOf(
                        failure, RefusedAction.class, OptimisticLockException.class, ConstraintViolationException.class)
                .orElse(failure);
        if (cause instanceof RefusedAction refused) {
            if (refused.status() != 428) {
                markDecided();
            }
            Problem problem = problem(refused.status(), refused.key()).withProblems(refused.details());
            return (refused instanceof InvalidRequest invalid
                            ? problem.withArguments(invalid.arguments())
                            : refused.args().length > 0 ? problem.withArguments(refused.args()) : problem)
                    .response();
        }
        if (cause instanceof OptimisticLockException) {
            return conditional()
                    ? problem(412, "api.precondition.stale").response()
                    : problem(409, "general.conflict").response();
        }
        if (cause instanceof ConstraintViolationException invalid) {
            return InvalidRequests.answer(invalid, this);
        }
        if (DatabaseUnavailable.isCause(failure)) {
            DatabaseUnavailable.log("an API call", failure);
            return new UnavailableProblem(locale()).response();
        }
        return UnexpectedErrors.answer(failure, this);
    }
}
