-- __index caching via rawset, __index on missing numeric keys, inheritance depth
local calls = 0
local cache = setmetatable({}, {__index = function(t, k) calls = calls + 1; local v = k * 2; rawset(t, k, v); return v end})
print(cache[5], cache[5], cache[6], calls)
local Animal = {} Animal.__index = Animal
function Animal.new(name) return setmetatable({name = name}, Animal) end
function Animal:speak() return self.name .. " makes a sound" end
local Dog = setmetatable({}, {__index = Animal}) Dog.__index = Dog
function Dog.new(name) local d = Animal.new(name) return setmetatable(d, Dog) end
function Dog:speak() return self.name .. " barks; " .. Animal.speak(self) end
print(Dog.new("rex"):speak(), Animal.new("cat"):speak())
print(getmetatable(Dog.new("x")) == Dog, rawget(Dog, "new") ~= nil, Dog.nothing)
local arr = setmetatable({1, 2}, {__index = function(t, i) return "missing " .. i end})
print(arr[1], arr[3], #arr)
