-- Assigning to the loop variable inside the body does not change the iteration count.
for i = 1, 5 do
  io.write(i, " ")
  i = i * 10
  io.write(i, " ")
end
print()
for k, v in ipairs({"a", "b", "c"}) do
  k = k + 100
  io.write(k, v, " ")
end
print()
