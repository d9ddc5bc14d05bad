package org.lunacy.builtins.io;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Lua's standard output, buffered as glibc buffers C's {@code stdout}, so that what reaches the
 * file descriptor, and when, is what lua5.1 writes: a program's output and the messages written
 * to standard error meanwhile (which is unbuffered) interleave the same way in a shared pipe or
 * file.
 *
 * <p>Fully buffered (a pipe or a file): a {@value #SIZE}-byte buffer (the {@code st_blksize} of
 * pipes and files) is filled to the last byte and written out when more comes; data that does
 * not fit goes out in whole blocks, the rest starts the next buffer. So the output leaves in
 * blocks aligned to {@value #SIZE} bytes whatever the sizes of the writes. Line buffered (a
 * terminal, or {@code io.stdout:setvbuf("line")}): a write is passed on up to its last newline.
 * Unbuffered ({@code setvbuf("no")}): every write is passed on.
 *
 * <p>Every write to the sink is followed by its flush: the sink may be the embedder's buffered
 * stream.
 */
public final class StdoutBuffer extends OutputStream {
  static final int SIZE = 4096;

  private final OutputStream sink;
  /** setvbuf's mode: {@link LuaStream#IOFBF}, {@link LuaStream#IOLBF} or {@link LuaStream#IONBF}. */
  private int mode;
  private final byte[] buf = new byte[SIZE];
  private int count;

  public StdoutBuffer(OutputStream sink, boolean lineBuffered) {
    this.sink = sink;
    this.mode = lineBuffered ? LuaStream.IOLBF : LuaStream.IOFBF;
  }

  /** setvbuf on {@code io.stdout}: what is buffered goes out first. */
  void setMode(int mode) throws IOException {
    drain();
    this.mode = mode;
  }

  @Override
  public void write(int b) throws IOException {
    if (count == SIZE) {
      drain();
    }
    buf[count++] = (byte) b;
    if (mode == LuaStream.IONBF || (mode == LuaStream.IOLBF && b == '\n')) {
      drain();
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (mode == LuaStream.IONBF) {
      drain();
      sink.write(b, off, len);
      sink.flush();
      return;
    }
    if (mode == LuaStream.IOLBF) {
      int last = lastNewline(b, off, len);
      if (last >= 0) {
        int head = last + 1 - off;
        put(b, off, head);
        drain();
        off += head;
        len -= head;
      }
    }
    put(b, off, len);
  }

  /** Adds to the buffer: fills it, writes it out once full and more follows (glibc's xsputn). */
  private void put(byte[] b, int off, int len) throws IOException {
    int fits = Math.min(SIZE - count, len);
    System.arraycopy(b, off, buf, count, fits);
    count += fits;
    off += fits;
    len -= fits;
    if (len == 0) {
      return;
    }
    drain();
    int blocks = len - len % SIZE;
    if (blocks > 0) {
      sink.write(b, off, blocks);
      sink.flush();
      off += blocks;
      len -= blocks;
    }
    System.arraycopy(b, off, buf, 0, len);
    count = len;
  }

  private static int lastNewline(byte[] b, int off, int len) {
    for (int i = off + len - 1; i >= off; i--) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void drain() throws IOException {
    if (count > 0) {
      int n = count;
      count = 0;
      sink.write(buf, 0, n);
    }
    sink.flush();
  }

  @Override
  public void flush() throws IOException {
    drain();
  }
}
