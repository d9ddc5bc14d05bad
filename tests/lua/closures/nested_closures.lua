-- Deeply nested closures reaching upvalues several levels out.
local function level1()
  local a = 1
  return function()
    local b = 2
    return function()
      local c = 3
      return function()
        a = a + 1
        return a + b + c
      end
    end
  end
end
local f = level1()()()
print(f(), f(), f())
local function make_adder(x) return function(y) return function(z) return x + y + z end end end
print(make_adder(1)(2)(3), make_adder("1")(2)(3))
local outer = 0
local function bump() return function() outer = outer + 1 end end
bump()(); bump()()
print(outer)
