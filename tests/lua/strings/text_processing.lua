-- string buffers and text processing: word frequencies with sorted output, line wrapping, csv parsing
local text = [[
The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
A quick movement of the enemy will jeopardize six gunboats.
]]
local freq = {}
for w in text:lower():gmatch("%a+") do freq[w] = (freq[w] or 0) + 1 end
local words = {}
for w, n in pairs(freq) do words[#words + 1] = {w = w, n = n} end
table.sort(words, function(a, b) if a.n ~= b.n then return a.n > b.n end return a.w < b.w end)
for i = 1, 6 do io.write(words[i].w, "=", words[i].n, " ") end print()
local function wrap(s, width)
  local lines, line = {}, ""
  for word in s:gmatch("%S+") do
    if #line + #word + 1 > width and #line > 0 then lines[#lines + 1] = line line = word
    else line = #line > 0 and (line .. " " .. word) or word end
  end
  if #line > 0 then lines[#lines + 1] = line end
  return lines
end
for _, l in ipairs(wrap(text, 28)) do print("|" .. l .. string.rep(" ", 28 - #l) .. "|") end
local function csv(line)
  local res, pos = {}, 1
  while true do
    if line:sub(pos, pos) == '"' then
      local txt, i = "", pos + 1
      while true do
        local a, b = line:find('"', i, true)
        if not a then error("unmatched quote") end
        txt = txt .. line:sub(i, a - 1)
        if line:sub(b + 1, b + 1) == '"' then txt = txt .. '"' i = b + 2 else i = b + 1 break end
      end
      res[#res + 1] = txt
      pos = i + 1
    else
      local a = line:find(",", pos, true)
      if a then res[#res + 1] = line:sub(pos, a - 1) pos = a + 1
      else res[#res + 1] = line:sub(pos) break end
    end
    if pos > #line + 1 then break end
  end
  return res
end
for _, l in ipairs({'a,b,c', '"quoted, field",2,"with ""escapes"""', ',,', 'single'}) do
  local r = csv(l)
  print(#r, table.concat(r, "|"))
end
print(pcall(csv, '"open'))
