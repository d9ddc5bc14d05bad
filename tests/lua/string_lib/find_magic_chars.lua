-- Each pattern magic character searched plainly, escaped with %, and inside a
-- set; unescaped ones in patterns either match specially or are malformed.
local subject = "a^b$c(d)e%f.g[h]i*j+k-l?m"
for _, c in ipairs({"^", "$", "(", ")", "%", ".", "[", "]", "*", "+", "-", "?"}) do
  local plain = {subject:find(c, 1, true)}
  local esc = {subject:find("%" .. c)}
  local set = {pcall(string.find, subject, "[" .. c .. "]")}
  local raw = {pcall(string.find, subject, c)}
  print(c, plain[1], esc[1], tostring(set[2]), tostring(set[3]), tostring(raw[2]), tostring(raw[3]))
end
print(subject:find("[%^]"), subject:find("[]]"), subject:find("[^%a]"), subject:find("[a-]", 2))
print(subject:find("%w%p%w", 3), subject:find("%(.-%)"), subject:find("%[(.)%]"))
print(("x^"):find("^x^"), ("^x"):find("^^"), ("a$b"):find("$b"), ("ab$"):find("b$$"))
