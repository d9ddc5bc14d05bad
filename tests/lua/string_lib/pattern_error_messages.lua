-- malformed pattern errors and capture limits
local pats = {"%", "[a", "[^", "(", ")", "%1", "(a)%2", "%f", "%fa", "%b", "%bx", "(()", "a(", "[%", "[a-", "%g"}
for _, p in ipairs(pats) do print(p, pcall(string.find, "abc(a)", p)) end
print(pcall(string.find, "a", string.rep("(a)", 33)))
print(select('#', string.find(string.rep("a", 32), string.rep("(a)", 32))))
print(string.gsub("abc", "%w", "%1"))
print(pcall(string.gsub, "abc", "(%w)", "%2"))
print(string.find("a.b", "%."), string.find("a]b", "]"), string.find("a-b", "-"))
print(string.match("  x", "^%s*()"), string.match("x", "()$"))
print(string.match("hello", "%f[%l]%l+"), string.match("THE end", "%f[%l]%l+"))
print(string.gsub("hello world", "%f[%w]%w+", string.upper))
print(string.match("((a)(b))", "%b()"), string.match("x(y", "%b()"))
print(string.find("aaa", "a-b"), string.find("aaab", "a-b"), string.match("aaab", "(a*)(a-)b"))
print(string.match("abc", "[%a-%d]+"), string.match("a-1", "[%d-]+"))
