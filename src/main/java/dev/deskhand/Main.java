package dev.deskhand;
public final class Main { public static void main(String[] a) {} }
