-- Random Lua patterns and subjects for the pattern differential tests. run(seed, cases, mix)
-- prints, for each generated pattern/subject pair, what string.find, string.match,
-- string.gmatch and string.gsub return (or the error they raise).
local G = dofile("lib/gen.lua")
local show, results, int, pick, chance = G.show, G.results, G.int, G.pick, G.chance

local SUBJECT_CHARS = {
  "a", "a", "a", "b", "b", "b", "c", "x", "1", "2", " ", "(", ")", "(", ")", ".", "%",
  "-", "]", "A", "B", "\n", "\0", "^", "$", "\t", "\200", "\255", "\170", "\127",
}
local LITERALS = {"a", "a", "b", "b", "c", "x", "1", "A", " ", "]", "\200"}
local ESCAPED = {"%.", "%(", "%)", "%%", "%-", "%]", "%[", "%*", "%?", "%+", "%$", "%^", "% "}
local CLASSES = {
  "a", "c", "d", "l", "p", "s", "u", "w", "x", "z",
  "A", "C", "D", "L", "P", "S", "U", "W", "X", "Z",
}
local SET_CHARS = {"a", "b", "c", "x", "1", "(", ")", ".", " ", "^", "[", "A"}
local RANGES = {"a-c", "a-b", "0-9", "b-a", "A-Z", "a-z", "(-)", "!-/", "a-", "\128-\255",
  "\0-\31", "%a-z", "a-%d"}
local QUANTIFIERS = {"*", "+", "-", "?"}

-- mix: percentages steering the generator
local mix

local function gen_subject()
  local n = int(0, mix.subject_len)
  if n == 0 and chance(60) then
    n = int(1, mix.subject_len)
  end
  local t = {}
  for i = 1, n do
    t[i] = pick(SUBJECT_CHARS)
  end
  return table.concat(t)
end

local function gen_set_body()
  local t = {}
  if chance(25) then t[#t + 1] = "^" end
  if chance(10) then t[#t + 1] = "]" end
  for _ = 1, int(1, 3) do
    local r = int(1, 10)
    if r <= 4 then
      t[#t + 1] = pick(SET_CHARS)
    elseif r <= 6 then
      t[#t + 1] = pick(RANGES)
    elseif r <= 9 then
      t[#t + 1] = "%" .. pick(CLASSES)
    else
      t[#t + 1] = pick({"%]", "%-", "%%", "%^", "%["})
    end
  end
  if chance(5) then t[#t + 1] = "-" end
  if chance(mix.raw_set or 0) then
    for _ = 1, int(1, 4) do
      t[#t + 1] = pick({"a", "-", "%", "^", "b", "z", "[", ".", "%a", "]"})
    end
    t[#t + 1] = "]"
  end
  return table.concat(t)
end

-- The subject being matched. Most items are made to match the subject character under a
-- cursor that moves along with the pattern, so that many patterns match somewhere.
local subject
local cursor

-- the next subject character, or nil when the items should not follow the subject
local function follow()
  if #subject == 0 or not chance(mix.follow) then
    return nil
  end
  if cursor > #subject then
    cursor = 1
  end
  local c = string.sub(subject, cursor, cursor)
  cursor = cursor + 1
  return c
end

-- c as a pattern item or set element that matches it
local function literal(c)
  if c == "\0" then
    return "%z"
  elseif string.find(c, "^%w$") or string.byte(c) > 127 or c == " " then
    return c
  end
  return "%" .. c
end

-- a class (such as "%a") that matches c, or nil
local function class_of(c)
  for _ = 1, 4 do
    local cl = "%" .. pick(CLASSES)
    if string.find(c, "^" .. cl .. "$") then
      return cl
    end
  end
  return nil
end

-- a single-character class
local function gen_single()
  local r = int(1, 100)
  if r <= 30 - (mix.set - 26) then
    local c = follow()
    return c and literal(c) or pick(LITERALS)
  elseif r <= 42 or chance(mix.dot or 0) then
    follow()
    return "."
  elseif r <= 64 then
    local c = follow()
    return c and class_of(c) or "%" .. pick(CLASSES)
  elseif r <= 100 - mix.set then
    return pick(ESCAPED)
  else
    local c = follow()
    local body = gen_set_body()
    if c and string.sub(body, 1, 1) ~= "^" then
      body = body .. literal(c)
    end
    return "[" .. body .. "]"
  end
end

local quantified

local gen_seq

local function gen_item(depth, ncap)
  local r = int(1, 100)
  if r <= mix.capture and depth < 3 then
    local inner, n = gen_seq(depth + 1, int(1, 2), ncap + 1)
    return "(" .. inner .. ")", n
  elseif r <= mix.capture + 3 then
    return "()", ncap + 1
  elseif r <= mix.capture + 3 + mix.special then
    local k = int(1, 4)
    if k == 1 then
      return "%b()", ncap
    elseif k == 2 then
      return "%b" .. pick(SET_CHARS) .. pick(SET_CHARS), ncap
    elseif k == 3 then
      return "%f[" .. gen_set_body() .. "]", ncap
    else
      return "%" .. pick({1, 1, 1, 1, 1, 1, 2, 2, 0, 3}), ncap
    end
  end
  local s = gen_single()
  if quantified < mix.max_quantified and chance(mix.quantify) then
    quantified = quantified + 1
    s = s .. pick(QUANTIFIERS)
  end
  return s, ncap
end

-- a sequence of n items; returns it and the number of captures opened so far
function gen_seq(depth, n, ncap)
  local t = {}
  for i = 1, n do
    t[i], ncap = gen_item(depth, ncap)
  end
  return table.concat(t), ncap
end

local BREAKERS = {
  "%", "(", ")", "[", "[^", "[a", "[%", "[]", "[^]", "%f", "%fa", "%b", "%ba", "(()", "%1",
  "%9", "\0", "[a-", "%f[a", "(%1)", "((a)%2)", "[]]", "[^]a]",
}

local RAW_CHARS = {
  "a", "b", "1", "(", ")", "%", "%", "[", "]", "^", "$", "*", "+", "-", "?", ".", "f", "b",
  "z", "a", "]", "[",
}

-- a string of pattern characters in any order: mostly malformed, sometimes odd but valid
local function gen_raw()
  local t = {}
  local nq = 0
  for i = 1, int(1, 8) do
    local c = pick(RAW_CHARS)
    if c == "*" or c == "+" or c == "-" or c == "?" then
      nq = nq + 1
      if nq > 3 then c = "a" end
    end
    t[i] = c
  end
  return table.concat(t)
end

local function gen_pattern()
  if chance(mix.raw or 0) then
    return gen_raw()
  end
  quantified = 0
  local p = gen_seq(0, int(1, mix.items), 0)
  if chance(20) then p = "^" .. p end
  if chance(15) then p = p .. "$" end
  if chance(mix.malformed) then
    local b = pick(BREAKERS)
    local at = int(0, #p)
    p = string.sub(p, 1, at) .. b .. string.sub(p, at + 1)
  end
  return p
end

local REPL_PIECES = {"<", ">", "%0", "%1", "%2", "%%", "x", "%a", "-", "%1", "%0", "<", "x", "%z",
  "%3", "%9"}

local function gen_repl()
  local t = {}
  for i = 1, int(0, 4) do
    t[i] = pick(REPL_PIECES)
  end
  if chance(5) then t[#t + 1] = "%" end
  return table.concat(t)
end

local REPL_TABLE = {a = "A", b = false, ab = "AB", ["1"] = 7, [1] = "one", [2] = 2.5,
  ["("] = "[", x = "", ["a b"] = "_", ["2"] = true}

-- a deterministic function of the captures
local function repl_function(...)
  local n = select("#", ...)
  local first = ...
  if n == 1 then
    if first == "b" then return nil end
    if first == "c" then return false end
    if first == ")" then return {} end
    return "{" .. first .. "}"
  elseif n == 2 then
    return nil
  end
  local t = {}
  for i = 1, n do
    t[i] = tostring((select(i, ...)))
  end
  return table.concat(t, ",")
end

local PLAIN = {true, true, false, 1, 0, "x"}

local function gmatch_all(s, p)
  local out = {}
  for a, b, c in string.gmatch(s, p) do
    out[#out + 1] = show(a) .. (b ~= nil and "," .. show(b) or "") .. (c ~= nil and "," .. show(c) or "")
    if #out >= 30 then break end
  end
  return table.concat(out, ";")
end

local function run(seed, cases, m)
  mix = m
  G.seed(seed)
  for case = 1, cases do
    local s = gen_subject()
    subject = s
    cursor = int(1, math.max(1, #s - 2))
    local p = gen_pattern()
    print(case .. " " .. show(p) .. " " .. show(s))
    print(" f " .. results(pcall(string.find, s, p)))
    print(" m " .. results(pcall(string.match, s, p)))
    local ok, g = pcall(gmatch_all, s, p)
    print(" g " .. (ok and g or "E:" .. show(g)))
    local repl = gen_repl()
    print(" s " .. show(repl) .. " " .. results(pcall(string.gsub, s, p, repl)))
    for _ = 1, 2 do
      local k = int(1, 8)
      local init = int(-#s - 3, #s + 3)
      if k == 1 then
        print(" fi " .. init .. " " .. results(pcall(string.find, s, p, init)))
      elseif k == 2 then
        print(" fp " .. init .. " " .. results(pcall(string.find, s, p, init, true)))
      elseif k == 3 then
        print(" mi " .. init .. " " .. results(pcall(string.match, s, p, init)))
      elseif k == 4 then
        print(" st " .. results(pcall(string.gsub, s, p, REPL_TABLE)))
      elseif k == 5 then
        print(" sf " .. results(pcall(string.gsub, s, p, repl_function)))
      elseif k == 6 then
        local max = int(-1, 3)
        print(" sn " .. max .. " " .. results(pcall(string.gsub, s, p, gen_repl(), max)))
      elseif k == 7 then
        local num = pick({5, -1.5, 1e100, 0.1})
        print(" sd " .. show(num) .. " " .. results(pcall(string.gsub, s, p, num)))
      else
        local ps = string.sub(s, int(1, #s + 1), int(0, #s))
        local plain = pick(PLAIN)
        print(" fs " .. show(ps) .. " " .. tostring(plain) .. " " ..
          results(pcall(string.find, s, ps, init, plain)))
      end
    end
  end
end

return run
