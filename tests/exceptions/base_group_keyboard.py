raise BaseExceptionGroup("stop", [KeyboardInterrupt(), ValueError(1)])
