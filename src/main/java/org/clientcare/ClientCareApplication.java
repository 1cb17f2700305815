package org.clientcare;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
@SpringBootApplication
public class ClientCareApplication { public static void main(String[] a){ SpringApplication.run(ClientCareApplication.class, a);} }
