-- text report generation: string.rep rules, string.format widths/precision
-- and flags, gsub templating with a table and a function, centered titles,
-- word wrapping, numbers with thousands separators.
local regions = { "North", "South", "East", "West", "Central" }
local products = { "widgets", "gadgets", "gizmos", "doohickeys" }
local sales = {}
for i, r in ipairs(regions) do
  sales[r] = {}
  for j, p in ipairs(products) do
    sales[r][p] = ((i * 7919 + j * 104729) % 100000) / 100 * (j % 2 == 0 and 1.5 or 1)
  end
end

local function thousands(n)
  local s = string.format("%.2f", n)
  local int, frac = string.match(s, "^(%-?%d+)(%.%d+)$")
  int = string.reverse(string.gsub(string.reverse(int), "(%d%d%d)", "%1,"))
  int = string.gsub(int, "^(%-?),", "%1")
  return int .. frac
end

local function center(s, width, fill)
  fill = fill or " "
  local pad = width - #s
  if pad <= 0 then return s end
  local left = math.floor(pad / 2)
  return string.rep(fill, left) .. s .. string.rep(fill, pad - left)
end

local width = 72
local out = {}
local function line(s) out[#out + 1] = s end
line(string.rep("=", width))
line(center(" QUARTERLY SALES REPORT ", width, "*"))
line(string.rep("=", width))
local header = string.format("%-10s", "Region")
for _, p in ipairs(products) do header = header .. string.format("%14s", p) end
line(header .. string.format("%10s", "share"))
line(string.rep("-", 10) .. string.rep(" " .. string.rep("-", 13), #products) .. " " .. string.rep("-", 9))
local grand = 0
local totals = {}
for _, r in ipairs(regions) do
  local t = 0
  for _, p in ipairs(products) do t = t + sales[r][p] end
  totals[r] = t
  grand = grand + t
end
for _, r in ipairs(regions) do
  local row = string.format("%-10s", r)
  for _, p in ipairs(products) do row = row .. string.format("%14s", thousands(sales[r][p])) end
  row = row .. string.format("%9.1f%%", totals[r] / grand * 100)
  line(row)
end
line(string.rep("-", width))
line(string.format("%-10s%56s", "TOTAL", thousands(grand)))
line("")

-- templating
local template = "Dear ${name}, your ${item} order #${id} ships on ${day}. Total: $${amount}."
local customers = {
  { name = "Ann", item = "widgets", id = 17, day = "Monday", amount = thousands(1234.5) },
  { name = "Bob", item = "gizmos", id = 4711, day = "Friday", amount = thousands(0.25) },
  { name = "Cy", id = 3 },
}
for _, c in ipairs(customers) do
  local text, count = string.gsub(template, "%${(%w+)}", function(k)
    local v = c[k]
    if v == nil then return "<" .. string.upper(k) .. ">" end
    return tostring(v)
  end)
  line(text .. " [" .. count .. "]")
end
line((string.gsub("a-b-c", "-", { ["-"] = "+" })))
line((string.gsub("one two three", "(%w+)", "<%0>", 2)))
line((string.gsub("hello world", "o", "%%")))

-- word wrap
local para = string.rep("The quick brown fox jumps over the lazy dog. ", 6)
  .. "Supercalifragilisticexpialidocious words are wrapped too."
local function wrap(text, w)
  local lines, cur = {}, ""
  for word in string.gmatch(text, "%S+") do
    if #cur == 0 then
      cur = word
    elseif #cur + 1 + #word <= w then
      cur = cur .. " " .. word
    else
      lines[#lines + 1] = cur
      cur = word
    end
  end
  if #cur > 0 then lines[#lines + 1] = cur end
  return lines
end
for _, w in ipairs({ 30, 47 }) do
  for i, l in ipairs(wrap(para, w)) do line(string.format("%2d| %-" .. w .. "s |", i, l)) end
end

-- format flags and edge values
line(string.format("[%5d] [%-5d] [%05d] [%+d] [% d] [%x] [%X] [%#x] [%o] [%#o]", 42, 42, 42, 42, 42, 255, 255, 255, 8, 8))
line(string.format("[%8.3f] [%-8.2e] [%G] [%g] [%g] [%.0f] [%#.0f] [%.3s] [%10.4s]", math.pi, 12345.678, 1e-10, 1e20, 0.0001, 2.5, 2.5, "abcdef", "abcdef"))
line(string.format("[%c%c%c] [%q] [%5.1f%%] [%s] [%s]", 76, 117, 97, 'a "q"\n\0z', 99.44, 1e15, 1e16))
line(string.format("%s %s %s %s", 1 / 0, -1 / 0, 2 ^ 63, -2 ^ -1074))
io.write(table.concat(out, "\n"), "\n")
print(#out, #table.concat(out))
