// placeholder: written by the ranges work
int main() { return 0; }
