package org.lunacy.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The raw standard output (file descriptor 1). A C program that writes to a pipe whose reader is
 * gone dies of SIGPIPE (status 141 in the shell), so {@code lunacy script | head -1} stops at once;
 * the JVM ignores SIGPIPE and would keep running the script, so a broken pipe ends the process the
 * same way here, unless the process was started with SIGPIPE ignored ({@code lunacy.sigpipe} is
 * "ignored"): a C program's write then fails with EPIPE. Other write errors are reported to the
 * writer, as usual.
 */
final class StandardOutput extends OutputStream {
  /** 128 + SIGPIPE, what a shell shows for a process killed by SIGPIPE. */
  static final int BROKEN_PIPE_STATUS = 128 + 13;

  private final FileOutputStream out = new FileOutputStream(FileDescriptor.out);

  private static final boolean SIGPIPE_IGNORED =
      "ignored".equals(System.getProperty("lunacy.sigpipe"));

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw brokenPipe(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw brokenPipe(e);
    }
  }

  private static IOException brokenPipe(IOException e) {
    if (!SIGPIPE_IGNORED && "Broken pipe".equals(e.getMessage())) {
      Runtime.getRuntime().halt(BROKEN_PIPE_STATUS); // no flushing: as SIGPIPE in C
    }
    return e;
  }
}
