package org.smimeconformance.runner;

/**
 * The report folder given to a run cannot take its reports (it holds files that are not a report
 * of this suite, is a file, a symbolic link or the current folder); nothing in it was written,
 * moved or deleted. The message says why and what to give instead.
 */
public final class ReportFolderRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ReportFolderRefusedException(String message) {
        super(message);
    }
}
