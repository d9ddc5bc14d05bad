-- package.loadlib of a library file that does not exist: nil, dlopen's message, "open".
print(package.loadlib("zz_nolib.so", "luaopen_zz"))
print(package.loadlib("./data/zz_nolib.so", "*"))
print(package.loadlib("/zz_no_dir/zz.so", "f"))
print(pcall(package.loadlib, "zz_nolib.so"))
print(pcall(package.loadlib, nil, "f"))
