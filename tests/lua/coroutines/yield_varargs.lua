-- Multiple values and nils through yield and resume; yield with no values.
local co = coroutine.create(function(...)
  print("args", select("#", ...), ...)
  print("resumed with", select("#", coroutine.yield()), "values")
  print("resumed with", coroutine.yield(nil, nil))
  return nil, nil, nil
end)
print(coroutine.resume(co, 1, nil))
print(coroutine.resume(co, "a", "b", "c"))
print(coroutine.resume(co))
local co2 = coroutine.create(function() return nil, nil, nil end)
print(select("#", coroutine.resume(co2)))
