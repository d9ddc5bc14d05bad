package org.lunacy.builtins.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.lunacy.runtime.LuaNil;

/**
 * C's {@code errno} for the io and os libraries: turns the exceptions of Java and Truffle I/O into
 * the {@code strerror} text and number of glibc on Linux, which lua5.1 shows through {@code
 * pushresult} ({@code nil, "name: message", errno}).
 */
public final class LuaErrno {
  private LuaErrno() {}

  public static final int EPERM = 1;
  public static final int ENOENT = 2;
  public static final int EIO = 5;
  public static final int EBADF = 9;
  public static final int EACCES = 13;
  public static final int EEXIST = 17;
  public static final int ENOTDIR = 20;
  public static final int EINVAL = 22;
  public static final int ESPIPE = 29;
  public static final int ENOTEMPTY = 39;
  public static final int ENOTSUP = 95;

  /** glibc's strerror texts, indexed by errno (Linux numbering). */
  private static final String[] MESSAGES = {
    "Success",
    "Operation not permitted",
    "No such file or directory",
    "No such process",
    "Interrupted system call",
    "Input/output error",
    "No such device or address",
    "Argument list too long",
    "Exec format error",
    "Bad file descriptor",
    "No child processes",
    "Resource temporarily unavailable",
    "Cannot allocate memory",
    "Permission denied",
    "Bad address",
    "Block device required",
    "Device or resource busy",
    "File exists",
    "Invalid cross-device link",
    "No such device",
    "Not a directory",
    "Is a directory",
    "Invalid argument",
    "Too many open files in system",
    "Too many open files",
    "Inappropriate ioctl for device",
    "Text file busy",
    "File too large",
    "No space left on device",
    "Illegal seek",
    "Read-only file system",
    "Too many links",
    "Broken pipe",
    "Numerical argument out of domain",
    "Numerical result out of range",
    "Resource deadlock avoided",
    "File name too long",
    "No locks available",
    "Function not implemented",
    "Directory not empty",
    "Too many levels of symbolic links",
  };

  /** An I/O failure that already knows its errno (EBADF for a wrong direction, ESPIPE...). */
  public static final class LuaIOException extends IOException {
    private static final long serialVersionUID = 1L;
    final int errno;

    public LuaIOException(int errno) {
      super(strerror(errno));
      this.errno = errno;
    }
  }

  public static String strerror(int errno) {
    if (errno >= 0 && errno < MESSAGES.length) {
      return MESSAGES[errno];
    }
    return switch (errno) {
      case 75 -> "Value too large for defined data type";
      case 95 -> "Operation not supported";
      case 122 -> "Disk quota exceeded";
      default -> "Unknown error " + errno;
    };
  }

  /** The errno of a failure of Java or Truffle I/O. */
  @TruffleBoundary
  public static int errno(Throwable e) {
    if (e instanceof LuaIOException l) {
      return l.errno;
    }
    if (e instanceof SecurityException) {
      return EACCES;
    }
    if (e instanceof UnsupportedOperationException) {
      return ENOTSUP;
    }
    if (e instanceof ClosedChannelException) {
      return EBADF;
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      int n = lookup(fse.getReason());
      if (n > 0) {
        return n;
      }
    }
    if (e instanceof NoSuchFileException) {
      return ENOENT;
    }
    if (e instanceof AccessDeniedException) {
      return EACCES;
    }
    if (e instanceof FileAlreadyExistsException) {
      return EEXIST;
    }
    if (e instanceof DirectoryNotEmptyException) {
      return ENOTEMPTY;
    }
    if (e instanceof NotDirectoryException) {
      return ENOTDIR;
    }
    if (!(e instanceof FileSystemException) && e.getMessage() != null) {
      int n = lookup(e.getMessage());
      if (n > 0) {
        return n;
      }
    }
    return EIO;
  }

  /** The strerror text of a failure; Java's own text when no errno is recognized. */
  @TruffleBoundary
  public static String message(Throwable e) {
    int n = errno(e);
    if (n != EIO || e instanceof LuaIOException) {
      return strerror(n);
    }
    String m = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
    return m == null || m.isEmpty() ? strerror(EIO) : m;
  }

  /** luaL's pushresult for a failure: {@code nil, "name: message", errno} (no name: message). */
  @TruffleBoundary
  public static Object[] failure(String name, Throwable e) {
    String msg = message(e);
    return new Object[] {LuaNil.NIL, name == null ? msg : name + ": " + msg, (double) errno(e)};
  }

  /** pushresult for a known errno. */
  @TruffleBoundary
  public static Object[] failure(String name, int errno) {
    String msg = strerror(errno);
    return new Object[] {LuaNil.NIL, name == null ? msg : name + ": " + msg, (double) errno};
  }

  private static int lookup(String text) {
    for (int i = 1; i < MESSAGES.length; i++) {
      // the JDK appends detail to some texts ("... or unable to access attributes of symbolic
      // link")
      if (text.startsWith(MESSAGES[i])) {
        return i;
      }
    }
    return switch (text) {
      case "Value too large for defined data type" -> 75;
      case "Operation not supported" -> ENOTSUP;
      case "Disk quota exceeded" -> 122;
      default -> -1;
    };
  }

  /** A C string argument as C sees it: up to its first {@code \0}. */
  public static String cString(String s) {
    int i = s.indexOf('\0');
    return i < 0 ? s : s.substring(0, i);
  }
}
