-- an uncaught error whose value is a table
print("before")
error({code = 1})
