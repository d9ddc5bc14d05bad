-- wc and word-frequency shape: read all of stdin with io.read("*a"), count
-- lines/words/bytes, lower-case words with gmatch, sort by count then word.
local text = io.read("*a")
local _, lines = string.gsub(text, "\n", "\n")
local words, freq = 0, {}
for w in string.gmatch(text, "%a+") do
  words = words + 1
  w = string.lower(w)
  freq[w] = (freq[w] or 0) + 1
end
print(lines, words, #text)
local list = {}
for w, c in pairs(freq) do list[#list + 1] = { w, c } end
table.sort(list, function(a, b)
  if a[2] ~= b[2] then return a[2] > b[2] end
  return a[1] < b[1]
end)
for i = 1, math.min(15, #list) do
  io.write(string.format("%7d %s\n", list[i][2], list[i][1]))
end
print(#list .. " distinct")
-- longest words and a few frontier/balance patterns over the text
local longest = {}
for w in pairs(freq) do
  if #w >= 11 then longest[#longest + 1] = w end
end
table.sort(longest)
print(table.concat(longest, " "))
local caps = 0
for _ in string.gmatch(text, "%f[%a]%u%l*") do caps = caps + 1 end
local parens = {}
for p in string.gmatch(text, "%b()") do parens[#parens + 1] = p end
print(caps, #parens, parens[1], parens[#parens])
print(string.match(text, "^%s*(.-)%s*\n"), select(2, string.gsub(text, "%p", "")))
