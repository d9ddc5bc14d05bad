-- Generated expressions over select, unpack and functions returning varargs in every list
-- position, with nils, parentheses truncation and three-target local assignments.
SEED = 6
local seed = tonumber(SEED) or 5
local function rnd(n) seed = (seed * 16807) % 2147483647; return seed % n end
local function vals(n) local t = {} for i = 1, n do t[i] = rnd(4) == 0 and "nil" or tostring(rnd(100)) end return t end
local function list(n) return table.concat(vals(n), ", ") end
local function join(...) local t = {} for _, p in ipairs({...}) do if p ~= "" then t[#t + 1] = p end end return table.concat(t, ", ") end
local forms = {
  function() return "select(" .. join("'#'", list(rnd(5))) .. ")" end,
  function() return "select(" .. join(tostring(rnd(7) - 3), list(rnd(4))) .. ")" end,
  function() return "unpack({" .. list(rnd(5)) .. "}, " .. (rnd(5) - 1) .. ", " .. (rnd(6) - 1) .. ")" end,
  function() return "pass(" .. join(list(rnd(3)), "many(" .. rnd(4) .. ")") .. ")" end,
  function() return "pass(" .. join("many(" .. rnd(4) .. ")", list(rnd(3))) .. ")" end,
  function() return "(many(" .. rnd(4) .. "))" end,
  function() return "count(many(" .. rnd(4) .. "), many(" .. rnd(4) .. "))" end,
  function() return "count(pass(" .. list(rnd(4)) .. "))" end,
  function() return "#{many(" .. rnd(5) .. ")}" end,
  function() return "count(unpack({many(" .. rnd(5) .. ")}))" end,
}
local src = {"local function pass(...) return ... end",
  "local function many(n) local t = {} for i = 1, n do t[i] = i * 11 end return unpack(t, 1, n) end",
  "local function count(...) return select('#', ...), ... end",
  "local out = {}",
  "local function rec(...) local t = {n = select('#', ...), ...} for i = 1, t.n do t[i] = tostring(t[i]) end out[#out + 1] = t.n .. ':' .. table.concat(t, ',', 1, t.n) end"}
for i = 1, 300 do
  local f = forms[rnd(#forms) + 1]
  src[#src + 1] = "rec(pcall(function() return " .. f() .. " end))"
  if rnd(5) == 0 then
    src[#src + 1] = "rec(pcall(function() local a, b, c = " .. f() .. "; return a, b, c end))"
  end
end
src[#src + 1] = "return table.concat(out, '\\n')"
local code = table.concat(src, "\n")
local fn = assert(loadstring(code, "=gen"))
print(fn())
