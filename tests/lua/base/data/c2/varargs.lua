local a = {...}
return #a, a[1], a[2]
