package org.lunacy;

import com.oracle.truffle.api.TruffleFile;
import java.nio.charset.Charset;

/** Recognizes {@code .lua} files. */
public final class LuaFileDetector implements TruffleFile.FileTypeDetector {
  @Override
  public String findMimeType(TruffleFile file) {
    String name = file.getName();
    return name != null && name.endsWith(".lua") ? LuaLanguage.MIME_TYPE : null;
  }

  @Override
  public Charset findEncoding(TruffleFile file) {
    return null;
  }
}
