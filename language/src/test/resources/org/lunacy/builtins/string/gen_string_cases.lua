-- Writes the expected-value files for the Lunacy unit tests of LuaNumbers, LuaFormat and
-- LuaPatterns by running the real PUC-Rio interpreter. Run it in this directory:
--   lua5.1 gen_string_cases.lua
-- It writes number_cases.txt, format_cases.txt and pattern_cases.txt (see each part for the
-- line formats; fields are separated by "|", and bytes outside printable ASCII as well as
-- "\", "|" and "," are written as \ddd). Deterministic: it uses its own random generator.

local C = (function()
  -- shared helpers for the generators (run with lua5.1)
  local M = {}
  local seed = 12345
  function M.rand()  -- Park-Miller LCG, deterministic on every platform
    seed = (16807 * seed) % 2147483647
    return seed / 2147483647
  end
  function M.randint(a, b) return a + math.floor(M.rand() * (b - a + 1)) end
  function M.pick(t) return t[M.randint(1, #t)] end
  function M.esc(s)
    local out = {}
    for i = 1, #s do
      local b = string.byte(s, i)
      if b < 32 or b > 126 or b == 92 or b == 124 or b == 44 then
        out[#out + 1] = string.format("\\%03d", b)
      else
        out[#out + 1] = string.char(b)
      end
    end
    return table.concat(out)
  end
  function M.num(v)
    if v ~= v then
      -- tostring shows the sign of the NaN
      return tostring(v)
    end
    return string.format("%.17g", v)
  end
  function M.enc(v)
    local t = type(v)
    if t == "nil" then return "nil"
    elseif t == "number" then return "n" .. M.num(v)
    elseif t == "string" then return "s" .. M.esc(v)
    elseif t == "boolean" then return "b" .. tostring(v)
    elseif t == "table" then return "t"
    else return "?" .. t end
  end
  function M.enclist(t, n)
    local out = {}
    for i = 1, n do out[i] = M.enc(t[i]) end
    return table.concat(out, ",")
  end
  -- result of pcall(f, ...): "ok:" .. encoded values or "err:" .. message
  function M.run(f, ...)
    local r = M.pack(pcall(f, ...))
    if r[1] then
      local vals = {}
      for i = 2, r.n do vals[i - 1] = r[i] end
      return "ok:" .. M.enclist(vals, r.n - 1)
    else
      return "err:" .. M.esc(tostring(r[2]))
    end
  end
  function M.negzero() local z = 0 return -z end
  function M.pack(...) return {n = select("#", ...), ...} end
  return M
end)()

local number_part = (function()
  -- number conversion cases:
  --   tostring|NUMBER|result              (NUMBER in %.17g; nan/-nan/inf/-inf spelled out)
  --   tonumber|STRING|base|result         (base "nil" when not passed)
  local function number_cases(C, out)
    local function line(...) out:write(table.concat({...}, "|"), "\n") end
    local function ts(v) line("tostring", C.num(v), C.run(tostring, v)) end
    local function tn(s, base)
      local r
      if base ~= nil then r = C.run(tonumber, s, base) else r = C.run(tonumber, s) end
      line("tonumber", C.esc(s), C.enc(base), r)
    end
    local specials = {0, -0, 1, -1, 0/0, -(0/0), 1/0, -1/0, 1e14, 1e14 - 1, -1e14 + 1, 1e15, 1e16, 2^53, 2^63,
      123456789012345, 99999999999999, 0.1, 1/3, -2/3, 1e-5, 1e-300, 5e-324, 1.7976931348623157e308, 1e100,
      3.14159265358979, 100, 1e21, 1e22, 1e23, 12345678901234.5, 0.30000000000000004, 2^-1074, 2^-1022,
      99999999999999.5, 9999999999999.95, 0.99999999999999994, 0.000099999999999999995, 123e-7}
    specials[#specials + 1] = C.negzero()
    for _, v in ipairs(specials) do ts(v) end
    for _ = 1, 4000 do
      local k = C.randint(1, 6)
      local v
      if k == 1 then v = C.randint(-2^31, 2^31) * 2 ^ C.randint(-60, 60)
      elseif k == 2 then v = (C.rand() - 0.5) * 10 ^ C.randint(-310, 308)
      elseif k == 3 then v = C.randint(0, 99999999) / 10 ^ C.randint(0, 20)
      elseif k == 4 then v = C.rand()
      elseif k == 5 then v = (C.randint(0, 999999) + 0.5) * 10 ^ C.randint(-14, 14)
      else v = C.randint(-99999999999, 99999999999) * 10 ^ C.randint(0, 6) end
      ts(v)
    end
    local strs = {"", " ", "0", "1", "-1", "+1", "- 1", "+-1", "10", "  10  ", "\t10\n", "\v\f10\r", "1 2",
      "1e", "1e+", "1e-", "1e5", "1E5", "1e+05", "1e-05", ".5", "5.", ".", "-.5", "+.5", "1.5e", "1.5e2",
      "1.e2", ".e2", "e2", "0x", "0X", "0x10", "0X1f", "0x1F", "-0x10", "+0x10", "0x-1", "0x+1", "0x1p4",
      "0x1P-2", "0x1.8", "0x.8", "0x1.", "0x.", "0x1p", "0x1p+", "0xg", "0x1g", "0x1 ", " 0x1", "00x1",
      "inf", "-inf", "+inf", "INF", "Inf", "infinity", "INFINITY", "infinit", "infx", "nan", "-nan", "NaN",
      "NAN", "nan(123)", "nan(abc_1)", "nan(", "nan()", "nan(a b)", "nanx", "1\0", "1\0x", "\0", "12a",
      "a12", "1_000", "1,5", "1.5.5", "0b101", "1d", "1f", "1L", "08", "0008.5000", "1e999", "-1e999",
      "1e-999", "2.4703282292062328e-324", "2.4703282292062327e-324", "4.9406564584124654e-324",
      "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
      "0.1", "0.30000000000000004", "123456789012345678901234567890", "0.000000000000000000000000001",
      "9007199254740993", "9007199254740992.5", "1.00000000000000011102230246251565404236316680908203125",
      "1.000000000000000111022302462515654042363166809082031250001", "0x1234567890abcdef123",
      "0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1p1023", "0x1p1024", "0x1.fffffffffffff8p1023",
      "0x0.0000000000001p-1022", "0x10000000000000000", "0xffffffffffffffff", "1e2147483648", "0x1p99999999999",
      "\n", "  -0  ", "-0", "-0.0", "0e0", "0x0p0", "1  x", "١"}
    for _, s in ipairs(strs) do tn(s) end
    local bstrs = {"", " ", "0", "1", "10", "-1", "+1", "- 1", "11", "12", "z", "Z", "zz", "10 ", " 10",
      "0x10", "0X1f", "0x", "0xg", "ff", "FF", "777", "8", "1.5", "1e2", "ffffffffffffffff", "10000000000000000",
      "-ffffffffffffffff", "ffffffffffffffffff", "7fffffffffffffff", "8000000000000001", "fffffffffffff801",
      "1\0", "1 1", "a_b", "11111111111111111111111111111111111111111111111111111111111111111",
      "1111111111111111111111111111111111111111111111111111111111111111", "-0"}
    for _, s in ipairs(bstrs) do
      for _, b in ipairs({2, 8, 10, 16, 36, 7, 1, 37, 0}) do tn(s, b) end
    end
  end
  return number_cases
end)()

local format_part = (function()
  -- string.format cases: "fmt|nargs|arg...|result"
  local function format_cases(C, out)
    local function case(fmt, ...)
      local a = C.pack(...)
      local parts = {C.esc(fmt), tostring(a.n)}
      for i = 1, a.n do parts[#parts + 1] = C.enc(a[i]) end
      parts[#parts + 1] = C.run(string.format, fmt, ...)
      out:write(table.concat(parts, "|"), "\n")
    end
    local nan = 0/0
    local specials = {0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 3.5, 0.125, 0.375, 2.675, 1.0005, nan, -nan,
      1/0, -1/0, 1e15, 1e16, 1e17, 123.456, -123.456, 2^53, 2^53 + 1, 2^63, -2^63, 2^64, 1e100, 1e300,
      1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 0.1, 0.2, 0.3, 1/3, 2/3, 1e-5, 1e-4,
      9.9999, 99999.95, 999999.5, 9999999.5, 0.000123456, 123456789, 1234567890123, 100000, 1e6, 1e7,
      0.95, 0.05, 0.045, 1e22, 1e23, 255, 65, 321, -65, 3.99, -3.99, 4294967296, 2^31, -2^31, 2^32 - 1,
      9.5, 10.5, 0.0005, 5e-5, 4.35, 1e-10, 123456.7890123}
    specials[#specials + 1] = C.negzero()
    local intconv = {"d", "i", "u", "o", "x", "X", "c"}
    local fltconv = {"e", "E", "f", "g", "G"}
    local flags = {"", "-", "+", " ", "#", "0", "-0", "+0", " 0", "#0", "-#", "+ ", "-+ #0", "0-", "+-", "# 0"}
    local widths = {"", "1", "2", "5", "8", "12", "20", "30", "99"}
    local precs = {"", ".", ".0", ".1", ".2", ".3", ".5", ".6", ".10", ".14", ".15", ".16", ".17", ".20", ".30", ".60", ".99"}
    -- every special value with every conversion and a spread of formats
    for _, v in ipairs(specials) do
      for _, c in ipairs(intconv) do
        case("%" .. c, v)
        case("[%8" .. c .. "]", v)
        case("[%-8" .. c .. "]", v)
        case("[%08" .. c .. "]", v)
        case("[%#.3" .. c .. "]", v)
        case("[%+ .0" .. c .. "]", v)
      end
      for _, c in ipairs(fltconv) do
        for _, p in ipairs(precs) do case("%" .. p .. c, v) end
        for _, f in ipairs(flags) do case("[%" .. f .. "12" .. c .. "]", v) end
        case("[%#.0" .. c .. "]", v)
        case("[%#" .. c .. "]", v)
      end
      case("%s", v)
      case("%q", v)
      case("%10.3s", v)
    end
    -- random numbers with random formats
    local function randnum()
      local k = C.randint(1, 10)
      if k == 1 then return C.randint(-100000, 100000) end
      if k == 2 then return C.randint(-1000, 1000) / 8 end
      if k == 3 then return C.randint(-100000, 100000) / 1024 end
      if k == 4 then return (C.rand() * 2 - 1) * 10 ^ C.randint(-320, 308) end
      if k == 5 then return C.randint(0, 999999) * 10 ^ C.randint(-20, 20) end
      if k == 6 then return (C.randint(0, 99999) + 0.5) / 10 ^ C.randint(0, 6) end
      if k == 7 then return C.randint(-2^31, 2^31) * 2^C.randint(0, 40) end
      if k == 8 then return C.rand() end
      if k == 9 then return C.pick(specials) end
      return (C.rand() - 0.5) * 10 ^ C.randint(-8, 22)
    end
    for _ = 1, 6000 do
      local v = randnum()
      local c
      if C.rand() < 0.7 then c = C.pick(fltconv) else c = C.pick(intconv) end
      case("%" .. C.pick(flags) .. C.pick(widths) .. C.pick(precs) .. c, v)
    end
    -- %.14g (tostring) on random numbers
    for _ = 1, 1500 do case("%.14g", randnum()) end
    -- strings
    local strs = {"", "a", "abc", "hello world", "a\0b", "\0", "\r\n\"\\", "quote\"d", "\1\2\3\127\128\255",
      string.rep("x", 99), string.rep("y", 100), string.rep("z", 150), string.rep("ab\0", 40),
      "tab\there", "new\nline", "\0\0\0", "trailing\0", "12", "0x10", " 5 ", "1e2", "abc\r\rdef"}
    local sflags = {"", "-", "0", "#", "+", " "}
    for _, s in ipairs(strs) do
      case("%s", s)
      case("%q", s)
      case("[%5s]", s)
      case("[%-5s]", s)
      case("[%.2s]", s)
      case("[%.0s]", s)
      case("[%.s]", s)
      case("[%20.10s]", s)
      case("[%-20.10s]", s)
      case("[%99s]", s)
      case("[%" .. C.pick(sflags) .. "12q]", s)
      case("[%" .. C.pick(sflags) .. C.pick(widths) .. C.pick(precs) .. "s]", s)
      case("%d", s)
      case("%5.1f", s)
      case("%c", s)
    end
    -- %c over all bytes and beyond
    for i = -2, 260 do case("%c", i) end
    case("[%c%c%c]", 72, 0, 105)
    case("[%5c][%-5c][%05c]", 0, 0, 65)
    -- several items, literal text, %%
    case("%d%%%s%%", 5, "x")
    case("%%")
    case("%%d", 1)
    case("a%5.2fb%-5dc%xd%se", 3.14159, 42, 255, "str")
    case("%s %s %s", 1, "two", 3.5)
    case("%s %s", 1)
    case("%d %d", 1, "2")
    case("100%")
    case("%", 1)
    case("%5", 1)
    case("%.", 1)
    case("%-", 1)
    case("%.3", 1)
    case("%\0d", 1)
    case("a\0b%d\0c", 7)
    -- errors
    local bad = {"%y", "%a", "%A", "%F", "%ld", "%lld", "%hd", "%n", "%p", "%b", "%z", "%1$d", "%*d", "%-----5d",
      "%------5d", "%+++++d", "%++++++d", "%123d", "%1.123d", "%.123d", "%12.3456f", "%001d", "%#-+ 0d",
      "% -+#0d", "%00000d", "%000000d", "%1.1.1d", "%10.10.10s", "%5.5q", "%.q", "%B", "%\255"}
    for _, f in ipairs(bad) do case(f, 1) case(f) end
    local vals = {nil, true, false, {}, "x", "12", " 0x1A ", "1e1", "", "  ", "5 x", print}
    for _, c in ipairs({"d", "x", "c", "f", "g", "s", "q", "e", "u"}) do
      case("%" .. c)
      for i = 1, 12 do
        if i == 1 then case("%" .. c, nil) elseif i == 4 then case("%" .. c, {}) elseif i == 12 then
          -- functions encode as their type
        else case("%" .. c, vals[i]) end
      end
    end
    case("%d %s", 1)
    case("%d %d %d", 1, 2)
    case("%s", nil, 2)
    case("%d", 3, nil)
  end
  return format_cases
end)()

local pattern_part = (function()
  -- pattern cases:
  --   find|s|p|init|plain|result        (init/plain "nil" when not passed)
  --   match|s|p|init|result
  --   gmatch|s|p|item|item|...|end      (an item is ok:captures or err:msg, which ends the list)
  --   gsub|s|p|repl|max|result          (repl: sSTRING, nNUMBER or a predefined T1, F1..F7)
  local function pattern_cases(C, out)
    local T1 = {a = "[A]", b = 1.5, c = false, d = {}, hello = "HELLO", ["1"] = "one", [1] = "num1",
      [3] = "num3", world = "WORLD", x = true}
    local repls = {
      T1 = T1,
      F1 = function(...)
        local a = C.pack(...)
        local t = {}
        for i = 1, a.n do t[i] = tostring(a[i]) end
        return "<" .. table.concat(t, "+") .. ">"
      end,
      F2 = function() return nil end,
      F3 = function() return false end,
      F4 = function() return {} end,
      F5 = function() return 7 end,
      F6 = function() return true end,
      F7 = function(x) return type(x) == "string" and x:upper() or x end,
    }
    local function line(...) out:write(table.concat({...}, "|"), "\n") end
    local function find(s, p, init, plain)
      local r
      if plain ~= nil then r = C.run(string.find, s, p, init, plain)
      elseif init ~= nil then r = C.run(string.find, s, p, init)
      else r = C.run(string.find, s, p) end
      line("find", C.esc(s), C.esc(p), C.enc(init), C.enc(plain), r)
    end
    local function match(s, p, init)
      local r
      if init ~= nil then r = C.run(string.match, s, p, init) else r = C.run(string.match, s, p) end
      line("match", C.esc(s), C.esc(p), C.enc(init), r)
    end
    local function gmatch(s, p)
      local items = {"gmatch", C.esc(s), C.esc(p)}
      local ok, it = pcall(string.gmatch, s, p)
      local n = 0
      while true do
        local r = C.pack(pcall(it))
        if not r[1] then items[#items + 1] = "err:" .. C.esc(tostring(r[2])) break end
        if r[2] == nil then items[#items + 1] = "end" break end
        local vals = {}
        for i = 2, r.n do vals[i - 1] = r[i] end
        items[#items + 1] = "ok:" .. C.enclist(vals, r.n - 1)
        n = n + 1
        if n >= 40 then items[#items + 1] = "more" break end
      end
      line(unpack(items))
    end
    local function gsub(s, p, repl, max)
      local rv, renc
      if type(repl) == "string" and repls[repl] then rv, renc = repls[repl], repl
      else rv, renc = repl, C.enc(repl) end
      local r
      if max ~= nil then r = C.run(string.gsub, s, p, rv, max) else r = C.run(string.gsub, s, p, rv) end
      line("gsub", C.esc(s), C.esc(p), renc, C.enc(max), r)
    end

    local all = {}
    for i = 0, 255 do all[#all + 1] = string.char(i) end
    all = table.concat(all)
    local subjects = {"", "hello world", "  leading and trailing  ", "a,b,,c", "key=value; k2=v2",
      "(foo(bar))baz", "THE (quick) fox", "\0a\0b", "abc123def456", "x = 1 + 2", "aaa", "aaab", "ababab",
      "[[nested]]", "f(a,b)", "%d%s", "line1\nline2\r\n", "h\233llo w\246rld", "1.5e10 -3 0x1F",
      "^caret$", "a.b*c+d?e-f", "  \t\v\f\r\n", "THE END", "hello", "one two  three   ", all}
    local patterns = {"", "a", "o", "l+", "l*", "l-", "l?", "x*", "^h", "^a", "d$", "^$", "$", "^", ".", "..",
      ".-", ".*", ".+", "%a+", "%A+", "%d+", "%D+", "%l+", "%L+", "%s+", "%S+", "%u+", "%U+", "%w+", "%W+",
      "%x+", "%X+", "%p+", "%P+", "%c+", "%C+", "%z", "%Z+", "%.", "%%", "%(", "[abc]", "[^abc]+", "[a-z]+",
      "[%a_][%w_]*", "[%d.]+", "[]]", "[^]]+", "[a-]", "[-a]+", "[%]]", "[%-]", "[]-a]+", "[^%s]+",
      "(h)(e)", "(h)(e)(l)(l)(o)", "()", "()ll()", "(l)%1", "(%a)%1", "(a*(.)%w(%s*))", "(%w+)=(%w+)",
      "%b()", "%b[]", "%bxy", "%f[%w]%w+", "%f[%W]", "%f[%a]", "%f[^%z]", "%f[%z]", "%f[%l]%a",
      "^(%s*).-(%s*)$", "%s*$", "^%s*", "(.-)%s", "(%d+)%.?(%d*)", "[+-]?%d+", "0x%x+", "(%w+)%s*(%w*)",
      "a?b?c?", "^(a-)b", "(.)(.)%2%1", "^[%w%s]*$", "[\0-\31]", "%z+", "[%z]", "[\128-\255]+",
      "%w+$", "(%a+) (%a+)", "[a-f%d]+", "[%a-z]", "[z-a]", "((a)(b))", "(()a)", "e", "l", "world",
      -- errors, all reached lazily
      "%", "a%", "[a", "[", "[^", "[%", "(", ")", "a)", "(()", "%1", "(a)%2", "(a%1)", "%b", "%ba", "%f",
      "%fa", "%f[a", "(%d", "((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))",
      "(((((((((((((((((((((((((((((((((a)))))))))))))))))))))))))))))))))", "%0", "%9",
      "a\0b", ".\0x", "[\0]", "%f[%w\0]",
      "()a%1", "(a)()%2", "[[]", "[a-%d]+", "[%w-]+", "[-]", "[^-]+", "a-$", "^*", "**", "+", "?", "-",
      "a**", "%a-%d", "%w+%f[%s]", "[%z\1-\31]", ".-$", "(.-)$", "^(.-)%s*$", "%s*(.-)%s*$", "%f[%S]%S*",
      "[^%w%s]", "(%S+)%s*=%s*(%S+)", "%d%d?%d?", "[%^%$]", "%^", "%$", "%]", "[%[%]]+", ".-()", "(.-)%1"}
    for _, s in ipairs(subjects) do
      for _, p in ipairs(patterns) do
        if s ~= all or C.rand() < 0.3 then
          find(s, p)
          match(s, p)
          gmatch(s, p)
          local k = C.randint(1, 12)
          if k <= 4 then gsub(s, p, C.pick({"<%0>", "%1", "%2-%1", "x", "", "%%", "%", "%a%", "[%0|%1]", "\0"}))
          elseif k == 5 then gsub(s, p, 1.5)
          else gsub(s, p, C.pick({"T1", "F1", "F2", "F3", "F4", "F5", "F6", "F7"})) end
          if C.rand() < 0.25 then
            find(s, p, C.pick({0, 1, 2, 3, -1, -2, -3, 5, 10, 100, -100, 1.7}), C.pick({nil, true, false, 1}))
            match(s, p, C.pick({0, 2, 3, -1, -4, 30, -30}))
            gsub(s, p, C.pick({"<%0>", "%1", "T1", "F1"}), C.pick({0, 1, 2, -1, 2.5, 100}))
          end
        end
      end
    end
    -- plain finds and special init handling
    for _, s in ipairs({"a+b", "a.b", "hello", "", "aaa", "x\0y\0z"}) do
      for _, p in ipairs({"+", ".", "", "a", "l", "lo", "a+b", "\0", "y\0z", "%", "[", "(", "zz", "aaaa"}) do
        for _, init in ipairs({1, 0, -1, 2, 3, 4, 5, 10, -10}) do
          find(s, p, init, true)
          find(s, p, init)
        end
      end
    end
    -- random patterns on random subjects
    local atoms = {"a", "b", "c", ".", "%a", "%d", "%s", "%w", "[ab]", "[^a]", "[a-c]", "%(", "%)", "(", ")",
      "()", "%1", "%2", "%b()", "%bab", "%f[%a]", "%f[^%a]", " ", "1", "x", "$", "^", "[%d%s]", "%W"}
    local quants = {"", "", "", "*", "+", "-", "?"}
    local alphabet = {"a", "b", "c", "(", ")", "1", "2", " ", "x", "ab", "ba", "()"}
    for _ = 1, 2500 do
      local p = {}
      if C.rand() < 0.2 then p[1] = "^" end
      for _ = 1, C.randint(1, 6) do
        local a = C.pick(atoms)
        if a ~= "(" and a ~= ")" and a ~= "()" and a:sub(1, 2) ~= "%b" and a:sub(1, 2) ~= "%f" and a ~= "%1" and a ~= "%2" then
          a = a .. C.pick(quants)
        end
        p[#p + 1] = a
      end
      if C.rand() < 0.15 then p[#p + 1] = "$" end
      p = table.concat(p)
      local s = {}
      for _ = 1, C.randint(0, 12) do s[#s + 1] = C.pick(alphabet) end
      s = table.concat(s)
      local k = C.randint(1, 4)
      if k == 1 then find(s, p, C.randint(-3, 5))
      elseif k == 2 then match(s, p)
      elseif k == 3 then gmatch(s, p)
      else gsub(s, p, C.pick({"<%0>", "%1", "[%2]", "T1", "F1", "F7", "%%"})) end
    end
    -- gsub count limits
    for _, max in ipairs({0, 1, 2, 3, -1, -5, 1.9, 1000}) do
      gsub("hello world", "o", "0", max)
      gsub("hello world", "", "-", max)
      gsub("abc", "%w", "%0%0", max)
      gsub("abc", "^a", "X", max)
    end
    gsub("hello world", "(o)", {}, nil)
    gsub("abc", "b", "%")
    gsub("abc", "b", "%\0")
    gsub("abc", "", "")
    gsub("", "", "x")
    gsub("", "^", "x")
    gsub("abc", "$", "!")
    gsub("abc", "^", "!")
    gsub("abc", ".-", "-")
    gsub("abc", "b*", "-")
    gsub("hello world", "%w+", "%0 %0", 1)
    gsub("hello world", "(%w+) (%w+)", "%2 %1")
    gsub("abc", "(a)(b)(c)", "%3%2%1%0")
    gsub("$name is $age", "%$(%w+)", "T1")
    gsub("hello world", "%w+", "T1")
    gsub("x", "()", "%1")
    gsub("abc", "()", "T1")
  end
  return pattern_cases
end)()

local function write(name, part)
  local out = assert(io.open(name, "wb"))
  part(C, out)
  out:close()
end
write("number_cases.txt", number_part)
write("format_cases.txt", format_part)
write("pattern_cases.txt", pattern_part)
