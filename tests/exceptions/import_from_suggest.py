from sys import exc_inf
