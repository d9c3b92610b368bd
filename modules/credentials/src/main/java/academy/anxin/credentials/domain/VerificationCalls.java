package academy.anxin.credentials.domain;

import java.util.List;

/** The record of every verification call: written in batches, never changed. */
public interface VerificationCalls {

    /** Writes the calls in the caller's transaction. */
    void write(List<VerificationCall> calls);
}
