-- Errors in numeric for: non-number initial value, limit, or step.
print(pcall(function() for i = "a", 2 do end end))
print(pcall(function() for i = 1, "b" do end end))
print(pcall(function() for i = 1, 2, {} do end end))
print(pcall(function() for i = nil, 2 do end end))
-- A zero step loops forever when limit <= init (PUC's forprep), else never runs.
local n = 0
for i = 1, 2, 0 do n = n + 1 end
print(n)
for i = 3, 2, 0 do n = n + 1; if n == 5 then break end end
print(n)
