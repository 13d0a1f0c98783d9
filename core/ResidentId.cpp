// placeholder: written by the ranges work
