-- mandelbrot shape: escape-time test per pixel, bits packed into bytes and
-- written as a binary PBM with string.char through io.write.
local N = 120
local iter, limit2 = 50, 4.0
io.write("P4\n", N, " ", N, "\n")
local inside = 0
for y = 0, N - 1 do
  local ci = 2 * y / N - 1
  local row = {}
  local byte, bitnum = 0, 0
  for x = 0, N - 1 do
    local cr = 2 * x / N - 1.5
    local zr, zi, zr2, zi2 = 0.0, 0.0, 0.0, 0.0
    local escaped = false
    for _ = 1, iter do
      zi = 2 * zr * zi + ci
      zr = zr2 - zi2 + cr
      zr2, zi2 = zr * zr, zi * zi
      if zr2 + zi2 > limit2 then escaped = true; break end
    end
    byte = byte * 2
    if not escaped then byte = byte + 1; inside = inside + 1 end
    bitnum = bitnum + 1
    if bitnum == 8 then
      row[#row + 1] = string.char(byte)
      byte, bitnum = 0, 0
    end
  end
  if bitnum > 0 then
    row[#row + 1] = string.char(byte * 2 ^ (8 - bitnum))
  end
  io.write(table.concat(row))
end
io.write("\n", inside, "\n")
