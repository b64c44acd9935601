package io.tradewind.domain;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words for the user. A {@link FileSystemException}'s message is
 * often the bare path (a {@link NoSuchFileException} from creating a folder the system will not
 * create, such as one under {@code /proc}), which repeats where and says nothing of why.
 */
public final class FileProblems {

    private FileProblems() {
    }

    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied" + path(e);
        }
        if (e instanceof NoSuchFileException) {
            return "the system cannot create or find " + ((NoSuchFileException) e).getFile();
        }
        if (e instanceof NotDirectoryException) {
            return ((NotDirectoryException) e).getFile() + " is not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return ((FileAlreadyExistsException) e).getFile() + " exists";
        }
        if (e instanceof FileSystemException) {
            String reason = ((FileSystemException) e).getReason();
            return (reason == null ? "the system refused" : reason) + path(e);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String path(IOException e) {
        String file = ((FileSystemException) e).getFile();
        return file == null ? "" : " (" + file + ")";
    }
}
