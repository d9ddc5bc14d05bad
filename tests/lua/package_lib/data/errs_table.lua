-- raises a table as its error
error({code = 42})
