-- Short strings built with the .. operator from strings and numbers.
return function(n)
  local len = 0
  for i = 1, n do
    local s = "key" .. i .. ":" .. "value"
    len = len + #s
  end
  return len
end
