-- Lua-in-Lua tokenizer: scans a source string into names, keywords, numbers,
-- strings (short with escapes and long brackets), comments and operators;
-- prints the token stream summary and decoded literals.
local keywords = {}
for w in string.gmatch("and break do else elseif end false for function if in local nil not or repeat return then true until while", "%a+") do
  keywords[w] = true
end

local ops3 = { ["..."] = true }
local ops2 = { ["=="] = true, ["~="] = true, ["<="] = true, [">="] = true, [".."] = true }

local function tokenize(src)
  local tokens = {}
  local i, line = 1, 1
  local n = #src
  local function push(kind, value) tokens[#tokens + 1] = { kind, value, line } end
  local function longbracket(start)
    local eqs = string.match(src, "^%[(=*)%[", start)
    if not eqs then return nil end
    local open = start + #eqs + 2
    local close = "]" .. eqs .. "]"
    local s, e = string.find(src, close, open, true)
    if not s then error("unfinished long bracket at line " .. line) end
    local body = string.sub(src, open, s - 1)
    if string.sub(body, 1, 1) == "\n" then body = string.sub(body, 2) end
    for _ in string.gmatch(string.sub(src, start, e), "\n") do line = line + 1 end
    return body, e + 1
  end
  while i <= n do
    local c = string.sub(src, i, i)
    if c == "\n" then
      line = line + 1; i = i + 1
    elseif string.find(c, "%s") then
      i = i + 1
    elseif string.sub(src, i, i + 1) == "--" then
      local body, nxt = longbracket(i + 2)
      if body then
        push("comment", #body); i = nxt
      else
        local e = string.find(src, "\n", i, true) or n + 1
        push("comment", e - i); i = e
      end
    elseif string.find(c, "[%a_]") then
      local word = string.match(src, "^[%w_]+", i)
      push(keywords[word] and "keyword" or "name", word)
      i = i + #word
    elseif string.find(c, "%d") or (c == "." and string.find(src, "^%.%d", i)) then
      local num = string.match(src, "^0[xX]%x+", i)
        or string.match(src, "^%d*%.?%d*[eE][%+%-]?%d+", i)
        or string.match(src, "^%d*%.?%d*", i)
      push("number", tonumber(num))
      i = i + #num
    elseif c == '"' or c == "'" then
      local buf = {}
      local j = i + 1
      while true do
        local d = string.sub(src, j, j)
        if d == c then break end
        if d == "" or d == "\n" then error("unfinished string at line " .. line) end
        if d == "\\" then
          local e = string.sub(src, j + 1, j + 1)
          local simple = { n = "\n", t = "\t", a = "\a", b = "\b", f = "\f", r = "\r", v = "\v", ["\\"] = "\\", ['"'] = '"', ["'"] = "'", ["\n"] = "\n" }
          if simple[e] then
            buf[#buf + 1] = simple[e]; j = j + 2
          else
            local digits = string.match(src, "^%d%d?%d?", j + 1)
            if digits then
              buf[#buf + 1] = string.char(tonumber(digits)); j = j + 1 + #digits
            else
              buf[#buf + 1] = e; j = j + 2
            end
          end
        else
          buf[#buf + 1] = d; j = j + 1
        end
      end
      push("string", table.concat(buf))
      i = j + 1
    elseif c == "[" and string.find(src, "^%[=*%[", i) then
      local body, nxt = longbracket(i)
      push("string", body); i = nxt
    else
      local three, two = string.sub(src, i, i + 2), string.sub(src, i, i + 1)
      if ops3[three] then push("op", three); i = i + 3
      elseif ops2[two] then push("op", two); i = i + 2
      else push("op", c); i = i + 1 end
    end
  end
  push("eof", nil)
  return tokens
end

local source = [==[
-- a sample chunk
local function fib(n) --[[ recursive
  and slow ]]
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
local s = "tab\there \"quoted\" \65\066\0677 \
next"
local l = [[
long
string]] .. [=[with ]] inside]=]
local t = { 0x1F, 3.25e2, .5, 1e-3, 42, a.b, ... }
print(s ~= l and #t >= 2, 10 .. 20, x == y, x <= y)
]==]

local tokens = tokenize(source)
local counts = {}
for _, t in ipairs(tokens) do counts[t[1]] = (counts[t[1]] or 0) + 1 end
local kinds = {}
for k in pairs(counts) do kinds[#kinds + 1] = k end
table.sort(kinds)
for _, k in ipairs(kinds) do io.write(k, "=", counts[k], " ") end
io.write("\n")
for _, t in ipairs(tokens) do
  if t[1] == "string" or t[1] == "number" then
    print(t[3], t[1], string.format("%q", tostring(t[2])))
  end
end
local ops = {}
for _, t in ipairs(tokens) do
  if t[1] == "op" then ops[#ops + 1] = t[2] end
end
print(table.concat(ops, " "))
print("last line", tokens[#tokens][3])

-- tokenize a larger generated chunk and check it against loadstring
local gen = {}
for i = 1, 300 do
  gen[#gen + 1] = string.format("local v%d = %d + %g * (%q .. [[x%d]])", i, i, i / 8, "s" .. i, i)
end
local big = table.concat(gen, "\n")
local bt = tokenize(big)
print(#bt, bt[#bt][3], loadstring(big))
print(pcall(tokenize, "x = 'abc"))
print(pcall(tokenize, "x = [==[abc]=]"))
